namespace Rackwave.Security.Devices.UserAgents;

/// <summary>
/// Text a match must contain; when <paramref name="Folded"/>, only up to case (the text is then
/// stored case-folded), as for <c>[Ss]pider</c> or a pattern with the 'i' flag.
/// </summary>
internal readonly record struct Literal(string Text, bool Folded)
{
    public static Literal Empty { get; } = new(string.Empty, false);

    public int Length => Text.Length;

    public Literal AsFolded() => Folded ? this : new(CaseFolding.Fold(Text), true);

    /// <summary>This text followed by <paramref name="next"/>; folded if either part is.</summary>
    public Literal Append(Literal next) => Folded || next.Folded
        ? new(AsFolded().Text + next.AsFolded().Text, true)
        : new(Text + next.Text, false);
}
