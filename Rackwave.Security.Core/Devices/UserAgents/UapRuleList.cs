using System.Numerics;
using System.Text.RegularExpressions;

namespace Rackwave.Security.Devices.UserAgents;

/// <summary>
/// An ordered parser list (browser, OS or device): the first rule that matches wins. Candidate
/// rules are found from the literals present in the input, so a parse touches a dozen rules,
/// not hundreds.
/// </summary>
internal sealed class UapRuleList
{
    private readonly UapRule[] _rules;
    private readonly int _ruleWords;
    private readonly ulong[] _unfiltered;
    private readonly ulong[]?[] _rulesByLiteral;

    /// <param name="rules">The rules, in order; their patterns' requirements already set.</param>
    /// <param name="literalCount">How many literal ids the rule set has.</param>
    public UapRuleList(IReadOnlyList<UapRule> rules, int literalCount)
    {
        _rules = [.. rules];
        _ruleWords = (_rules.Length + 63) / 64;
        _unfiltered = new ulong[_ruleWords];
        _rulesByLiteral = new ulong[]?[literalCount];
        for (var i = 0; i < _rules.Length; i++)
        {
            var requirement = _rules[i].Pattern.Requirement;
            if (requirement.Length == 0)
            {
                _unfiltered[i >> 6] |= 1UL << (i & 63);
                continue;
            }

            // The rule is listed under each literal of its first clause; the rest are checked later.
            foreach (var id in requirement[0])
            {
                var mask = _rulesByLiteral[id] ??= new ulong[_ruleWords];
                mask[i >> 6] |= 1UL << (i & 63);
            }
        }
    }

    public IReadOnlyList<UapRule> Rules => _rules;

    /// <summary>
    /// The fields of the first rule that matches and names a family, or null when none does.
    /// A rule that runs out of time ends the search with null: an unknown answer, never a later,
    /// possibly wrong rule.
    /// </summary>
    /// <param name="input">The (already bounded) User-Agent.</param>
    /// <param name="present">Literals present in the input; ignored when not filtering.</param>
    /// <param name="usePrefilter">False to try every rule.</param>
    /// <param name="timedOut">Set when a rule ran out of time.</param>
    public string?[]? FirstMatch(
        string input, ReadOnlySpan<ulong> present, bool usePrefilter, ref bool timedOut)
    {
        Span<ulong> candidates = stackalloc ulong[_ruleWords];
        if (usePrefilter)
        {
            SelectCandidates(present, candidates);
        }
        else
        {
            candidates.Fill(ulong.MaxValue);
        }

        for (var word = 0; word < candidates.Length; word++)
        {
            var bits = candidates[word];
            while (bits != 0)
            {
                var index = (word << 6) + BitOperations.TrailingZeroCount(bits);
                bits &= bits - 1;
                if (index >= _rules.Length)
                {
                    return null;
                }

                var rule = _rules[index];
                if (usePrefilter && !rule.Pattern.MayMatch(present))
                {
                    continue;
                }

                Match match;
                try
                {
                    match = rule.Pattern.Match(input, present, usePrefilter);
                }
                catch (RegexMatchTimeoutException)
                {
                    timedOut = true;
                    return null;
                }

                // As the reference parsers do, a match that yields no family does not stop the search.
                if (match.Success && rule.Fields(match) is { } fields && fields[0] is not null)
                {
                    return fields;
                }
            }
        }

        return null;
    }

    private void SelectCandidates(ReadOnlySpan<ulong> present, Span<ulong> candidates)
    {
        _unfiltered.CopyTo(candidates);
        for (var word = 0; word < present.Length; word++)
        {
            var bits = present[word];
            while (bits != 0)
            {
                var id = (word << 6) + BitOperations.TrailingZeroCount(bits);
                bits &= bits - 1;
                if (_rulesByLiteral[id] is { } mask)
                {
                    for (var i = 0; i < candidates.Length; i++)
                    {
                        candidates[i] |= mask[i];
                    }
                }
            }
        }
    }
}
