namespace Rackwave.Security.Devices.UserAgents;

/// <summary>The kinds of group <see cref="PatternShape"/> tells apart.</summary>
internal enum GroupKind
{
    Capturing,
    NonCapturing,

    /// <summary>Look-arounds, named groups, inline options: never split.</summary>
    Other,
}

/// <summary>A group at the top level of a pattern, with the positions of its own '|'s.</summary>
internal sealed record TopLevelGroup(
    int Open,
    int Close,
    GroupKind Kind,
    IReadOnlyList<int> Pipes,
    bool HasInnerCapture,
    bool IsQuantified);

/// <summary>
/// The top-level structure of a regular expression: its groups, whether '|' occurs outside any
/// group, and whether it uses backreferences. Escapes and character classes are skipped whole.
/// </summary>
internal sealed class PatternShape
{
    private PatternShape(List<TopLevelGroup> groups, bool topLevelAlternation, bool backreference)
    {
        Groups = groups;
        HasTopLevelAlternation = topLevelAlternation;
        HasBackreference = backreference;
    }

    public IReadOnlyList<TopLevelGroup> Groups { get; }

    public bool HasTopLevelAlternation { get; }

    public bool HasBackreference { get; }

    /// <summary>The shape, or null when the pattern is malformed in a way this reader sees.</summary>
    public static PatternShape? Read(string pattern)
    {
        var groups = new List<TopLevelGroup>();
        var topLevelAlternation = false;
        var backreference = false;
        var depth = 0;
        var open = 0;
        var kind = GroupKind.Other;
        var innerCapture = false;
        var pipes = new List<int>();
        for (var i = 0; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\' when i + 1 < pattern.Length:
                    backreference |= char.IsAsciiDigit(pattern[i + 1]) || pattern[i + 1] == 'k';
                    i++;
                    break;
                case '[':
                    i = ClassEnd(pattern, i);
                    if (i < 0)
                    {
                        return null;
                    }

                    break;
                case '(':
                    var thisKind = KindAt(pattern, i);
                    if (depth == 0)
                    {
                        (open, kind, innerCapture) = (i, thisKind, false);
                        pipes = [];
                    }
                    else if (thisKind != GroupKind.NonCapturing)
                    {
                        innerCapture |= IsCapturing(pattern, i);
                    }

                    depth++;
                    break;
                case ')':
                    if (--depth < 0)
                    {
                        return null;
                    }

                    if (depth == 0)
                    {
                        var quantified = i + 1 < pattern.Length
                            && pattern[i + 1] is '*' or '+' or '?' or '{';
                        groups.Add(new TopLevelGroup(open, i, kind, pipes, innerCapture, quantified));
                    }

                    break;
                case '|':
                    if (depth == 0)
                    {
                        topLevelAlternation = true;
                    }
                    else if (depth == 1)
                    {
                        pipes.Add(i);
                    }

                    break;
            }
        }

        return depth == 0 ? new PatternShape(groups, topLevelAlternation, backreference) : null;
    }

    private static GroupKind KindAt(string pattern, int open)
    {
        if (open + 1 >= pattern.Length || pattern[open + 1] != '?')
        {
            return GroupKind.Capturing;
        }

        return open + 2 < pattern.Length && pattern[open + 2] == ':'
            ? GroupKind.NonCapturing
            : GroupKind.Other;
    }

    /// <summary>Plain and named groups capture; look-arounds and option groups do not.</summary>
    private static bool IsCapturing(string pattern, int open)
    {
        var rest = pattern.AsSpan(open + 1);
        if (!rest.StartsWith("?"))
        {
            return true;
        }

        return rest.StartsWith("?P<")
            || rest.StartsWith("?'")
            || (rest.StartsWith("?<") && !rest.StartsWith("?<=") && !rest.StartsWith("?<!"));
    }

    /// <summary>Where the character class opening at <paramref name="open"/> closes; -1 if it never does.</summary>
    internal static int ClassEnd(string pattern, int open)
    {
        var i = open + 1;
        if (i < pattern.Length && pattern[i] == '^')
        {
            i++;
        }

        if (i < pattern.Length && pattern[i] == ']')
        {
            i++;
        }

        while (i < pattern.Length && pattern[i] != ']')
        {
            i += pattern[i] == '\\' ? 2 : 1;
        }

        return i < pattern.Length ? i : -1;
    }
}
