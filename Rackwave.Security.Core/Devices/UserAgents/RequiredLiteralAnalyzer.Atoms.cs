namespace Rackwave.Security.Devices.UserAgents;

/// <summary>The atoms of a pattern: groups, character classes, escapes and plain characters.</summary>
internal sealed partial class RequiredLiteralAnalyzer
{
    private LiteralFacts ParseAtom()
    {
        var c = _pattern[_position++];
        switch (c)
        {
            case '(':
                return ParseGroup();
            case '[':
                return ParseCharacterClass();
            case '.':
            case '^':
            case '$':
                return LiteralFacts.Unknown;
            case '\\':
                return ParseEscape();
            case '*':
            case '+':
            case '?':
                throw new NotSupportedException("Quantifier without an atom.");
            default:
                return Exact(c.ToString());
        }
    }

    private static LiteralFacts Exact(string text) =>
        LiteralFacts.OfExact(LiteralSet.Of(new Literal(text, false)));

    private LiteralFacts ParseGroup()
    {
        var certain = true;
        if (!AtEnd && Peek == '?')
        {
            certain = ParseGroupKind();
        }

        var inner = ParseAlternation();
        if (AtEnd || Peek != ')')
        {
            throw new NotSupportedException("Unbalanced group.");
        }

        _position++;
        return certain ? inner : LiteralFacts.Unknown;
    }

    /// <summary>Reads what follows "(?"; false for look-arounds, which consume nothing.</summary>
    private bool ParseGroupKind()
    {
        var rest = _pattern.AsSpan(_position);
        if (rest.StartsWith("?:"))
        {
            _position += 2;
            return true;
        }

        if (rest.StartsWith("?=") || rest.StartsWith("?!"))
        {
            _position += 2;
            return false;
        }

        if (rest.StartsWith("?<=") || rest.StartsWith("?<!"))
        {
            _position += 3;
            return false;
        }

        if (rest.StartsWith("?<") || rest.StartsWith("?P<"))
        {
            var close = _pattern.IndexOf('>', _position);
            if (close < 0)
            {
                throw new NotSupportedException("Unterminated group name.");
            }

            _position = close + 1;
            return true;
        }

        // Inline options such as (?i) change how literals compare: claim nothing for the pattern.
        throw new NotSupportedException("Inline options or an unknown group kind.");
    }

    /// <summary>
    /// A class is unknown text, except a pair of one letter's two cases such as <c>[Ss]</c>
    /// (that letter up to case) and a few plain characters such as <c>[34]</c> (one of them).
    /// </summary>
    private LiteralFacts ParseCharacterClass()
    {
        var negated = !AtEnd && Peek == '^';
        if (negated)
        {
            _position++;
        }

        var members = new List<char>();
        var plain = true;
        var first = true;
        while (!AtEnd && (Peek != ']' || first))
        {
            first = false;
            var c = _pattern[_position++];
            if (c == '[')
            {
                throw new NotSupportedException("Nested or subtracted character class.");
            }

            if (c == '\\')
            {
                if (AtEnd)
                {
                    throw new NotSupportedException("Trailing backslash.");
                }

                c = _pattern[_position++];
                plain &= !char.IsAsciiLetterOrDigit(c) && c < 128;
            }
            else if (c == '-' && members.Count > 0 && !AtEnd && Peek != ']')
            {
                // A range: counted as not plain unless tiny.
                var end = _pattern[_position++];
                if (end == '\\')
                {
                    throw new NotSupportedException("Escape as the end of a range.");
                }

                plain &= end - members[^1] is >= 0 and < LiteralSet.MaxSize;
                for (var m = (char)(members[^1] + 1); plain && m <= end; m++)
                {
                    members.Add(m);
                }

                continue;
            }

            members.Add(c);
        }

        if (AtEnd)
        {
            throw new NotSupportedException("Unterminated character class.");
        }

        _position++;
        if (negated || !plain)
        {
            return LiteralFacts.Unknown;
        }

        var distinct = members.Distinct().ToArray();
        if (distinct.Length == 2
            && char.IsAsciiLetter(distinct[0])
            && char.ToLowerInvariant(distinct[0]) == char.ToLowerInvariant(distinct[1]))
        {
            var letter = char.ToLowerInvariant(distinct[0]).ToString();
            return LiteralFacts.OfExact(LiteralSet.Of(new Literal(letter, true)));
        }

        return LiteralSet.Of(distinct.Select(c => new Literal(c.ToString(), false))) is { } set
            ? LiteralFacts.OfExact(set)
            : LiteralFacts.Unknown;
    }

    private LiteralFacts ParseEscape()
    {
        if (AtEnd)
        {
            throw new NotSupportedException("Trailing backslash.");
        }

        var c = _pattern[_position++];
        if (!char.IsAsciiLetterOrDigit(c))
        {
            return c < 128 ? Exact(c.ToString()) : throw new NotSupportedException();
        }

        switch (c)
        {
            case 't':
                return Exact("\t");
            case 'n':
                return Exact("\n");
            case 'r':
                return Exact("\r");
            case 'd' or 'D' or 'w' or 'W' or 's' or 'S':
            case 'b' or 'B' or 'A' or 'z' or 'Z' or 'G':
                return LiteralFacts.Unknown;
            case >= '1' and <= '9':
                while (!AtEnd && char.IsAsciiDigit(Peek))
                {
                    _position++;
                }

                return LiteralFacts.Unknown;
            default:
                // \x, \u, \p, \k, \c and the rest carry arguments; rather than decode them, give up.
                throw new NotSupportedException($"Escape \\{c} is not analysed.");
        }
    }
}
