namespace Rackwave.Security.Devices.UserAgents;

/// <summary>
/// Reads a regular expression and finds literal text that every match must contain. The answer
/// is conservative: when a construct is not understood, it claims nothing, because a wrong claim
/// would make the pre-filter skip a rule that matches and change a parse result.
/// </summary>
internal sealed partial class RequiredLiteralAnalyzer
{
    private readonly string _pattern;
    private int _position;

    private RequiredLiteralAnalyzer(string pattern) => _pattern = pattern;

    /// <summary>Literals shorter than this filter almost nothing; they are not reported.</summary>
    public const int MinimumLength = 2;

    /// <summary>At most this many clauses are derived from one alternation.</summary>
    private const int MaxCombinedClauses = 4;

    /// <summary>
    /// Clauses of literals for <paramref name="pattern"/>: a match is possible only if, for each
    /// clause, at least one of its literals occurs in the input. Empty when nothing is certain.
    /// Every literal is at least <see cref="MinimumLength"/> long.
    /// </summary>
    public static IReadOnlyList<Literal[]> Analyze(string pattern)
    {
        try
        {
            var analyzer = new RequiredLiteralAnalyzer(pattern);
            var facts = analyzer.ParseAlternation();
            if (analyzer._position != pattern.Length)
            {
                return [];
            }

            return facts.AllClauses(MinimumLength).ToArray();
        }
        catch (NotSupportedException)
        {
            return [];
        }
    }

    private bool AtEnd => _position >= _pattern.Length;

    private char Peek => _pattern[_position];

    private LiteralFacts ParseAlternation()
    {
        var branches = new List<LiteralFacts> { ParseConcatenation() };
        while (!AtEnd && Peek == '|')
        {
            _position++;
            branches.Add(ParseConcatenation());
        }

        return branches.Count == 1 ? branches[0] : Combine(branches);
    }

    private static LiteralFacts Combine(List<LiteralFacts> branches)
    {
        // All exact: the alternation is exactly one of their strings, if they are few.
        if (branches.TrueForAll(b => b.Exact is not null)
            && LiteralSet.Of(branches.SelectMany(b => b.Exact!.Items)) is { } exact)
        {
            return LiteralFacts.OfExact(exact);
        }

        // Whichever branch matched, each of its clauses holds. So for any choice of one clause
        // per branch, their union holds: (A1 and A2) or B gives (A1 or B) and (A2 or B). A few
        // such choices are kept, from each branch's best two clauses, while they stay few.
        var options = new List<Literal[][]>();
        foreach (var branch in branches)
        {
            var ranked = branch.RankedClauses(MinimumLength).Take(2).ToArray();
            if (ranked.Length == 0)
            {
                return LiteralFacts.Unknown;
            }

            options.Add(ranked);
        }

        var combinations = options.Aggregate(1, (product, o) => product * o.Length);
        var choices = combinations <= MaxCombinedClauses
            ? options.Aggregate(
                (IEnumerable<IEnumerable<Literal>>)[[]],
                (partial, o) => partial.SelectMany(p => o.Select(clause => p.Concat(clause))))
            : [options.SelectMany(o => o[0])];
        return LiteralFacts.Unknown with { Clauses = [.. choices.Select(c => c.Distinct().ToArray())] };
    }

    private LiteralFacts ParseConcatenation()
    {
        // The run: alternatives for the text matched since the last unknown stretch.
        var run = LiteralSet.Of(Literal.Empty);
        LiteralSet? prefix = null;
        var clauses = new List<Literal[]>();
        var exact = true;
        while (!AtEnd && Peek != '|' && Peek != ')')
        {
            var item = ParseQuantified();
            if (item.Exact is { } text)
            {
                if (run.Then(text) is { } longer)
                {
                    run = longer;
                    continue;
                }

                // Too many alternatives: what was collected is certain; start afresh.
                Close(run, ref prefix, clauses);
                (run, exact) = (text, false);
                continue;
            }

            // The run, extended by the item's prefix, is inside every match.
            Close(run.Then(item.Prefix) ?? run, ref prefix, clauses);
            clauses.AddRange(item.Clauses);
            (run, exact) = (item.Suffix, false);
        }

        return exact
            ? LiteralFacts.OfExact(run)
            : new LiteralFacts(null, prefix!, run, clauses);
    }

    private static void Close(LiteralSet run, ref LiteralSet? prefix, List<Literal[]> clauses)
    {
        if (prefix is null)
        {
            prefix = run;
        }
        else if (run.AsClause(MinimumLength) is { } clause)
        {
            clauses.Add(clause);
        }
    }

    private LiteralFacts ParseQuantified()
    {
        var atom = ParseAtom();
        if (!TryParseQuantifier(out var min, out var max))
        {
            return atom;
        }

        if (min == 0)
        {
            return LiteralFacts.Unknown;
        }

        if (min == 1 && max == 1)
        {
            return atom;
        }

        // Repeated: every repetition starts with the prefix and the last one ends with the suffix.
        return atom.Exact is { } exact
            ? new LiteralFacts(null, exact, exact, [])
            : atom;
    }

    private bool TryParseQuantifier(out int min, out int max)
    {
        min = 1;
        max = 1;
        if (AtEnd)
        {
            return false;
        }

        switch (Peek)
        {
            case '*':
                (min, max) = (0, int.MaxValue);
                _position++;
                break;
            case '+':
                (min, max) = (1, int.MaxValue);
                _position++;
                break;
            case '?':
                (min, max) = (0, 1);
                _position++;
                break;
            case '{' when TryParseBraces(out min, out max):
                break;
            default:
                return false;
        }

        if (!AtEnd && Peek == '?')
        {
            _position++;
        }

        if (!AtEnd && (Peek == '*' || Peek == '+' || Peek == '?'))
        {
            throw new NotSupportedException("Nested quantifier.");
        }

        return true;
    }

    private bool TryParseBraces(out int min, out int max)
    {
        min = 1;
        max = 1;
        var close = _pattern.IndexOf('}', _position);
        if (close < 0)
        {
            return false;
        }

        var body = _pattern.AsSpan(_position + 1, close - _position - 1);
        var comma = body.IndexOf(',');
        var minText = comma < 0 ? body : body[..comma];
        if (!int.TryParse(minText, out min))
        {
            return false;
        }

        if (comma < 0)
        {
            max = min;
        }
        else if (body[(comma + 1)..].IsEmpty)
        {
            max = int.MaxValue;
        }
        else if (!int.TryParse(body[(comma + 1)..], out max))
        {
            return false;
        }

        _position = close + 1;
        return true;
    }
}
