namespace Rackwave.Security.Devices.UserAgents;

/// <summary>Turns the parsed YAML into a <see cref="UapRuleSet"/> with its literal pre-filter.</summary>
internal sealed class UapRuleSetBuilder(UserAgentParserOptions options)
{
    private readonly Dictionary<string, int> _sensitive = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _insensitive = new(StringComparer.Ordinal);
    private readonly List<(UapPattern Pattern, List<Literal[]> Clauses)> _pending = [];

    public UapRuleSet Build(Dictionary<string, List<Dictionary<string, string>>> lists)
    {
        var browsers = BuildList(lists, UapRulesYamlReader.BrowserKey, UapFieldSpec.Browser);
        var systems = BuildList(lists, UapRulesYamlReader.OsKey, UapFieldSpec.Os);
        var devices = BuildList(lists, UapRulesYamlReader.DeviceKey, UapFieldSpec.Device);

        // Case-insensitive literals get ids after the case-sensitive ones.
        var offset = _sensitive.Count;
        foreach (var (pattern, clauses) in _pending)
        {
            pattern.Requirement = clauses
                .Select(clause => clause.Select(literal => literal.Folded
                    ? _insensitive[literal.Text] + offset
                    : _sensitive[literal.Text]).ToArray())
                .ToArray();
        }

        var literalCount = _sensitive.Count + _insensitive.Count;
        return new UapRuleSet(
            new UapRuleList(browsers, literalCount),
            new UapRuleList(systems, literalCount),
            new UapRuleList(devices, literalCount),
            new LiteralIndex(
                new LiteralAutomaton(Ordered(_sensitive), 0),
                new LiteralAutomaton(Ordered(_insensitive), offset)),
            literalCount);
    }

    private UapRule[] BuildList(
        Dictionary<string, List<Dictionary<string, string>>> lists,
        string key,
        IReadOnlyList<UapFieldSpec> fields)
    {
        if (!lists.TryGetValue(key, out var entries))
        {
            throw new InvalidDataException($"The User-Agent rules have no '{key}' list.");
        }

        return entries.Select(entry => BuildRule(entry, fields)).ToArray();
    }

    private UapRule BuildRule(Dictionary<string, string> entry, IReadOnlyList<UapFieldSpec> fields)
    {
        if (!entry.TryGetValue("regex", out var source) || source.Length == 0)
        {
            throw new InvalidDataException("A User-Agent rule has no 'regex'.");
        }

        var ignoreCase = entry.TryGetValue("regex_flag", out var flag) && flag == "i";
        var templates = fields
            .Select(f => ReplacementTemplate.From(entry.GetValueOrDefault(f.ReplacementKey)))
            .ToArray();
        var groups = fields.Select(f => f.DefaultGroup).ToArray();
        var capturesMatter = templates
            .Select((template, i) => template?.HasPlaceholders ?? groups[i] > 0)
            .Any(usesMatch => usesMatch);

        var pattern = NewPattern(source, ignoreCase);
        if (AlternationSplitter.Split(source, capturesMatter) is { } branches)
        {
            pattern.SetBranches(
                branches.Select(branch => NewPattern(branch, ignoreCase)).ToArray(),
                keepFirstMatch: capturesMatter);
        }
        else if (PatternCore.Find(source) is { } core)
        {
            pattern.Core = new UapPattern(core, ignoreCase, options.MatchTimeout) { WarmUpText = pattern.WarmUpText };
        }

        return new UapRule(pattern, templates, groups);
    }

    private UapPattern NewPattern(string source, bool ignoreCase)
    {
        var clauses = Register(source, ignoreCase);
        var pattern = new UapPattern(source, ignoreCase, options.MatchTimeout)
        {
            WarmUpText = string.Join(" ", clauses.Select(clause => clause[0].Text)),
        };
        _pending.Add((pattern, clauses));
        return pattern;
    }

    private List<Literal[]> Register(string source, bool ignoreCase)
    {
        var kept = new List<Literal[]>();
        foreach (var clause in RequiredLiteralAnalyzer.Analyze(source))
        {
            var literals = ignoreCase ? clause.Select(l => l.AsFolded()).Distinct().ToArray() : clause;
            foreach (var literal in literals)
            {
                var ids = literal.Folded ? _insensitive : _sensitive;
                ids.TryAdd(literal.Text, ids.Count);
            }

            kept.Add(literals);
        }

        // The first clause is the one rules are indexed by: the most selective goes first.
        return kept
            .OrderBy(clause => clause.Length)
            .ThenByDescending(clause => clause.Min(l => l.Length))
            .ToList();
    }

    private static string[] Ordered(Dictionary<string, int> ids) =>
        ids.OrderBy(pair => pair.Value).Select(pair => pair.Key).ToArray();
}
