using System.Text.RegularExpressions;

namespace Rackwave.Security.Devices.UserAgents;

/// <summary>
/// One regular expression of the rule set. An interpreted <see cref="Regex"/> is built on first
/// use (tens of microseconds); <see cref="Prepare(bool, string, bool)"/> swaps in a compiled
/// one, whose code is emitted and jitted there, away from request paths.
/// </summary>
internal sealed class UapPattern
{
    private readonly RegexOptions _options;
    private readonly TimeSpan _timeout;
    private Regex? _interpreted;
    private Regex? _compiled;
    private bool _hasCompleted;

    public UapPattern(string source, bool ignoreCase, TimeSpan timeout)
    {
        Source = source;
        IgnoreCase = ignoreCase;
        _timeout = timeout;
        _options = RegexOptions.CultureInvariant
            | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
    }

    public string Source { get; }

    public bool IgnoreCase { get; }

    /// <summary>Literal ids the input must contain: one from each clause.</summary>
    public int[][] Requirement { get; set; } = [];

    /// <summary>
    /// Text that holds a literal of each clause, so a warm-up run gets past the regex's search
    /// for a starting point and into (and so jits) its matching code.
    /// </summary>
    public string WarmUpText { get; set; } = string.Empty;

    /// <summary>
    /// One pattern per branch of the pattern's large alternation (see
    /// <see cref="AlternationSplitter"/>), or null when the pattern runs whole.
    /// </summary>
    public UapPattern[]? Branches { get; private set; }

    /// <summary>
    /// A cheaper pattern that matches wherever this one does (see <see cref="PatternCore"/>),
    /// run first to rule out hopeless input; null when there is none.
    /// </summary>
    public UapPattern? Core { get; set; }

    /// <summary>True when the branches must give the first match, not just any match.</summary>
    public bool BranchesKeepFirstMatch { get; private set; }

    public void SetBranches(UapPattern[] branches, bool keepFirstMatch)
    {
        Branches = branches;
        BranchesKeepFirstMatch = keepFirstMatch;
    }

    public bool IsCompiled => Volatile.Read(ref _compiled) is not null;

    /// <summary>The compiled regex once prepared, the interpreted one until then.</summary>
    public Regex Regex => Volatile.Read(ref _compiled) ?? Interpreted;

    private Regex Interpreted
    {
        get
        {
            var regex = Volatile.Read(ref _interpreted);
            if (regex is null)
            {
                // Two threads may both build it; either copy is correct and one is kept.
                regex = new Regex(Source, _options, _timeout);
                regex = Interlocked.CompareExchange(ref _interpreted, regex, null) ?? regex;
            }

            return regex;
        }
    }

    /// <summary>
    /// Runs the pattern; with the pre-filter on, a split pattern runs only the branches whose
    /// literals are present.
    /// </summary>
    /// <exception cref="RegexMatchTimeoutException">The input is too costly for this pattern.</exception>
    public Match Match(string input, ReadOnlySpan<ulong> present, bool usePrefilter)
    {
        if (!usePrefilter)
        {
            return Match(input);
        }

        if (Core is not null && !Core.Match(input).Success)
        {
            return System.Text.RegularExpressions.Match.Empty;
        }

        if (Branches is null)
        {
            return Match(input);
        }

        Match? best = null;
        foreach (var branch in Branches)
        {
            if (!branch.MayMatch(present))
            {
                continue;
            }

            var match = branch.Match(input);
            if (match.Success && !BranchesKeepFirstMatch)
            {
                return match;
            }

            // Strictly earlier only: at the same position the earlier branch wins, as it would
            // inside the whole pattern.
            if (match.Success && (best is null || match.Index < best.Index))
            {
                best = match;
            }
        }

        return best ?? System.Text.RegularExpressions.Match.Empty;
    }

    /// <summary>
    /// Runs the pattern whole. A timeout on a pattern that never completed a run is retried once: the
    /// first run of a compiled regex also pays for jitting its code, which is not the input's fault.
    /// </summary>
    /// <exception cref="RegexMatchTimeoutException">The input is too costly for this pattern.</exception>
    public Match Match(string input)
    {
        Match match;
        try
        {
            match = Regex.Match(input);
        }
        catch (RegexMatchTimeoutException) when (!Volatile.Read(ref _hasCompleted))
        {
            match = Regex.Match(input);
        }

        if (!_hasCompleted)
        {
            Volatile.Write(ref _hasCompleted, true);
        }

        return match;
    }

    /// <summary>Prepares what <see cref="Match(string, ReadOnlySpan{ulong}, bool)"/> will run.</summary>
    public void Prepare(bool compile, string sample, bool usePrefilter)
    {
        if (Branches is null || !usePrefilter)
        {
            Prepare(compile, sample);
            if (usePrefilter)
            {
                Core?.Prepare(compile, sample);
            }

            return;
        }

        foreach (var branch in Branches)
        {
            branch.Prepare(compile, sample);
        }
    }

    /// <summary>Builds the regex (compiled when asked) and runs it once on <paramref name="sample"/>.</summary>
    private void Prepare(bool compile, string sample)
    {
        var regex = compile
            ? Volatile.Read(ref _compiled) ?? new Regex(Source, _options | RegexOptions.Compiled, _timeout)
            : Interpreted;
        try
        {
            _ = regex.IsMatch(sample);
            _ = regex.IsMatch(WarmUpText);
        }
        catch (RegexMatchTimeoutException)
        {
            // The code is built all the same; the sample only has to make it run.
        }

        if (compile)
        {
            Interlocked.CompareExchange(ref _compiled, regex, null);
        }
    }

    /// <summary>False when a literal this pattern requires is missing from the input.</summary>
    public bool MayMatch(ReadOnlySpan<ulong> present)
    {
        foreach (var clause in Requirement)
        {
            var found = false;
            foreach (var id in clause)
            {
                if ((present[id >> 6] & (1UL << (id & 63))) != 0)
                {
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }
}
