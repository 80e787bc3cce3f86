namespace Rackwave.Security.Devices.UserAgents;

/// <summary>
/// What is certain about the text a piece of a regular expression matches: either it is one of
/// a few exact strings, or it starts with one of a prefix set and ends with one of a suffix
/// set, and for each clause, at least one of the clause's literals occurs inside it.
/// </summary>
internal sealed record LiteralFacts(
    LiteralSet? Exact,
    LiteralSet Prefix,
    LiteralSet Suffix,
    IReadOnlyList<Literal[]> Clauses)
{
    /// <summary>Nothing is known (a class, a wildcard, an optional part).</summary>
    public static LiteralFacts Unknown { get; } = new(null, LiteralSet.Nothing, LiteralSet.Nothing, []);

    public static LiteralFacts OfExact(LiteralSet text) => new(text, text, text, []);

    /// <summary>All clauses of at least <paramref name="minimumLength"/>, edges included.</summary>
    public IEnumerable<Literal[]> AllClauses(int minimumLength)
    {
        var edges = Exact is { } exact ? [exact] : new[] { Prefix, Suffix };
        foreach (var edge in edges.Distinct())
        {
            if (edge.AsClause(minimumLength) is { } clause)
            {
                yield return clause;
            }
        }

        if (Exact is not null)
        {
            yield break;
        }

        foreach (var clause in Clauses.Where(c => c.All(l => l.Length >= minimumLength)))
        {
            yield return clause;
        }
    }

    /// <summary>
    /// The clause that filters best: the fewest alternatives, then the longest shortest one.
    /// Null when nothing is certain.
    /// </summary>
    public Literal[]? BestClause(int minimumLength) => RankedClauses(minimumLength).FirstOrDefault();

    /// <summary>All clauses, best first (see <see cref="BestClause"/>).</summary>
    public IEnumerable<Literal[]> RankedClauses(int minimumLength) => AllClauses(minimumLength)
        .OrderBy(clause => clause.Length)
        .ThenByDescending(clause => clause.Min(l => l.Length));
}
