namespace Rackwave.Security.Devices.UserAgents;

/// <summary>
/// One element of a pattern's sequence: an atom (character, escape, class or group) with its
/// quantifier, as written.
/// </summary>
internal sealed record PatternItem(string Atom, string Quantifier)
{
    private static readonly string[] LookArounds = ["(?=", "(?!", "(?<=", "(?<!"];

    public string Text => Atom + Quantifier;

    /// <summary>Repeated up to many times, or without limit.</summary>
    public bool IsWide => Quantifier.Length > 0
        && (Quantifier[0] is '*' or '+' || MaxRepeat() is null or >= 16);

    /// <summary>
    /// Whether the item may match the empty string: true, false, or null when it changes how
    /// the rest matches (inline options) and so must not be dropped.
    /// </summary>
    public bool? CanBeEmpty
    {
        get
        {
            var optional = Quantifier.Length > 0
                && (Quantifier[0] is '*' or '?' || Quantifier.StartsWith("{0", StringComparison.Ordinal));
            if (optional)
            {
                return true;
            }

            if (Atom is "^" or "$" or @"\b" or @"\B" or @"\A" or @"\z" or @"\Z")
            {
                return true;
            }

            if (!Atom.StartsWith('('))
            {
                return false;
            }

            if (LookArounds.Any(look => Atom.StartsWith(look, StringComparison.Ordinal)))
            {
                return true;
            }

            return InnerText() is { } inner ? BranchesCanBeEmpty(inner) : null;
        }
    }

    /// <summary>The items inside a plain, unrepeated group without alternation; else null.</summary>
    public IReadOnlyList<PatternItem>? Body()
    {
        if (Quantifier.Length > 0 || InnerText() is not { } inner)
        {
            return null;
        }

        var shape = PatternShape.Read(inner);
        return shape is null || shape.HasTopLevelAlternation ? null : Split(inner);
    }

    /// <summary>The sequence of items of a pattern without top-level alternation, or null.</summary>
    public static List<PatternItem>? Split(string pattern)
    {
        var items = new List<PatternItem>();
        var i = 0;
        while (i < pattern.Length)
        {
            var start = i;
            if (!SkipAtom(pattern, ref i))
            {
                return null;
            }

            var atomEnd = i;
            SkipQuantifier(pattern, ref i);
            items.Add(new PatternItem(pattern[start..atomEnd], pattern[atomEnd..i]));
        }

        return items;
    }

    private static bool? BranchesCanBeEmpty(string inner)
    {
        foreach (var branch in TopLevelBranches(inner))
        {
            var items = Split(branch);
            if (items is null)
            {
                return null;
            }

            var all = true;
            foreach (var item in items)
            {
                var empty = item.CanBeEmpty;
                if (empty is null)
                {
                    return null;
                }

                all &= empty.Value;
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text inside a capturing or non-capturing group; null for other groups.</summary>
    private string? InnerText()
    {
        if (Atom.StartsWith("(?:", StringComparison.Ordinal))
        {
            return Atom[3..^1];
        }

        return Atom.StartsWith('(') && !Atom.StartsWith("(?", StringComparison.Ordinal) ? Atom[1..^1] : null;
    }

    private static IEnumerable<string> TopLevelBranches(string inner)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < inner.Length; i++)
        {
            switch (inner[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    i = PatternShape.ClassEnd(inner, i);
                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    break;
                case '|' when depth == 0:
                    yield return inner[start..i];
                    start = i + 1;
                    break;
            }
        }

        yield return inner[start..];
    }

    private int? MaxRepeat()
    {
        if (!Quantifier.StartsWith('{'))
        {
            return 1;
        }

        var body = Quantifier.TrimEnd('?')[1..^1];
        var comma = body.IndexOf(',');
        if (comma < 0)
        {
            return int.TryParse(body, out var exact) ? exact : null;
        }

        return int.TryParse(body[(comma + 1)..], out var max) ? max : null;
    }

    private static bool SkipAtom(string pattern, ref int i)
    {
        switch (pattern[i])
        {
            case '\\':
                // Escapes with arguments (\x41, \p{L}, \k<n>) are not taken apart here.
                if (i + 1 >= pattern.Length || pattern[i + 1] is 'x' or 'u' or 'p' or 'P' or 'k' or 'c')
                {
                    return false;
                }

                i += 2;
                return true;
            case '[':
                i = PatternShape.ClassEnd(pattern, i);
                return i++ >= 0;
            case '(':
                i = GroupEnd(pattern, i);
                return i++ >= 0;
            case ')' or '|' or '*' or '+' or '?':
                return false;
            default:
                i++;
                return true;
        }
    }

    private static void SkipQuantifier(string pattern, ref int i)
    {
        if (i >= pattern.Length)
        {
            return;
        }

        if (pattern[i] is '*' or '+' or '?')
        {
            i++;
        }
        else if (pattern[i] == '{' && pattern.IndexOf('}', i) is var close and > 0
            && pattern.AsSpan(i + 1, close - i - 1).IndexOfAnyExcept("0123456789,") < 0
            && close > i + 1 && char.IsAsciiDigit(pattern[i + 1]))
        {
            i = close + 1;
        }
        else
        {
            return;
        }

        if (i < pattern.Length && pattern[i] == '?')
        {
            i++;
        }
    }

    private static int GroupEnd(string pattern, int open)
    {
        var depth = 0;
        for (var i = open; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    i = PatternShape.ClassEnd(pattern, i);
                    if (i < 0)
                    {
                        return -1;
                    }

                    break;
                case '(':
                    depth++;
                    break;
                case ')' when --depth == 0:
                    return i;
            }
        }

        return -1;
    }
}
