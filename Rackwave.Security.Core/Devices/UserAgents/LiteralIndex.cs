namespace Rackwave.Security.Devices.UserAgents;

/// <summary>
/// Finds which of the rules' required literals an input contains, in one pass: case-sensitive
/// literals against the input as it is, case-insensitive ones against its folded form. The two
/// automata advance side by side, so their table reads overlap.
/// </summary>
internal sealed class LiteralIndex(LiteralAutomaton caseSensitive, LiteralAutomaton caseInsensitive)
{
    /// <summary>Sets the bit of every literal that occurs in <paramref name="text"/>.</summary>
    public void Mark(ReadOnlySpan<char> text, Span<ulong> present)
    {
        var sensitive = 0;
        var insensitive = 0;
        foreach (var c in text)
        {
            sensitive = caseSensitive.Next(sensitive, c);
            insensitive = caseInsensitive.Next(insensitive, CaseFolding.Fold(c));
            caseSensitive.MarkOutputs(sensitive, present);
            caseInsensitive.MarkOutputs(insensitive, present);
        }
    }
}
