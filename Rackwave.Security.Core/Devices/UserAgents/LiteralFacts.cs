namespace Rackwave.Security.Devices.UserAgents;

/// <summary>
/// What is certain about the text a piece of a regular expression matches: either exactly one
/// string, or a prefix it always starts with, a suffix it always ends with, and clauses of which
/// each names literals at least one of which occurs inside it.
/// </summary>
internal sealed record LiteralFacts(
    Literal? Exact,
    Literal Prefix,
    Literal Suffix,
    IReadOnlyList<Literal[]> Clauses)
{
    /// <summary>Nothing is known (a class, a wildcard, an optional part).</summary>
    public static LiteralFacts Unknown { get; } = new(null, Literal.Empty, Literal.Empty, []);

    public static LiteralFacts OfExact(Literal text) => new(text, text, text, []);

    /// <summary>All clauses that make this piece certain, its edges included.</summary>
    public IEnumerable<Literal[]> AllClauses()
    {
        if (Exact is { } exact)
        {
            if (exact.Length > 0)
            {
                yield return [exact];
            }

            yield break;
        }

        if (Prefix.Length > 0)
        {
            yield return [Prefix];
        }

        if (Suffix.Length > 0 && Suffix != Prefix)
        {
            yield return [Suffix];
        }

        foreach (var clause in Clauses)
        {
            yield return clause;
        }
    }

    /// <summary>
    /// The clause that filters best: the fewest alternatives, then the longest shortest one.
    /// Null when nothing is certain.
    /// </summary>
    public Literal[]? BestClause(int minimumLength) => AllClauses()
        .Where(clause => clause.All(l => l.Length >= minimumLength))
        .OrderBy(clause => clause.Length)
        .ThenByDescending(clause => clause.Min(l => l.Length))
        .FirstOrDefault();
}
