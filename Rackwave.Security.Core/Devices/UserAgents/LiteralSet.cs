namespace Rackwave.Security.Devices.UserAgents;

/// <summary>
/// Alternatives for one stretch of a match: it is exactly (or, as a prefix, starts with) one
/// of these. Kept small, since concatenation multiplies them; a set containing the empty
/// literal tells nothing.
/// </summary>
internal sealed class LiteralSet
{
    /// <summary>More alternatives than this are not tracked: the set is cut off instead.</summary>
    public const int MaxSize = 8;

    private LiteralSet(Literal[] items) => Items = items;

    /// <summary>The set holding only the empty literal: nothing known.</summary>
    public static LiteralSet Nothing { get; } = new([Literal.Empty]);

    public IReadOnlyList<Literal> Items { get; }

    /// <summary>True when some alternative is empty, so no text is certain.</summary>
    public bool IsUninformative => Items.Any(l => l.Length == 0);

    public static LiteralSet Of(Literal literal) => new([literal]);

    public static LiteralSet? Of(IEnumerable<Literal> literals)
    {
        var items = literals.Distinct().ToArray();
        return items.Length is > 0 and <= MaxSize ? new LiteralSet(items) : null;
    }

    /// <summary>Every alternative followed by every one of <paramref name="next"/>; null if too many.</summary>
    public LiteralSet? Then(LiteralSet next) =>
        Of(Items.SelectMany(first => next.Items.Select(first.Append)));

    /// <summary>The set as a clause of at least <paramref name="minimumLength"/>, or null.</summary>
    public Literal[]? AsClause(int minimumLength) =>
        Items.All(l => l.Length >= minimumLength) ? [.. Items] : null;

    public bool SameAs(LiteralSet other) =>
        Items.Count == other.Items.Count && Items.All(other.Items.Contains);
}
