namespace Rackwave.Security.Devices.UserAgents;

/// <summary>
/// The three parser lists with the literal index that pre-filters them. Immutable once built;
/// the only state that changes is each pattern's lazily built regex.
/// </summary>
internal sealed class UapRuleSet
{
    private readonly LiteralIndex _literals;

    public UapRuleSet(
        UapRuleList browsers,
        UapRuleList operatingSystems,
        UapRuleList devices,
        LiteralIndex literals,
        int literalCount)
    {
        Browsers = browsers;
        OperatingSystems = operatingSystems;
        Devices = devices;
        _literals = literals;
        PresenceWords = (literalCount + 63) / 64;
    }

    public UapRuleList Browsers { get; }

    public UapRuleList OperatingSystems { get; }

    public UapRuleList Devices { get; }

    /// <summary>How many 64-bit words a presence bit set needs.</summary>
    public int PresenceWords { get; }

    public IEnumerable<UapPattern> Patterns =>
        Browsers.Rules.Concat(OperatingSystems.Rules).Concat(Devices.Rules).Select(r => r.Pattern);

    /// <summary>Marks every required literal that occurs in <paramref name="input"/>.</summary>
    public void MarkLiterals(ReadOnlySpan<char> input, Span<ulong> present)
    {
        _literals.Mark(input, present);
    }
}
