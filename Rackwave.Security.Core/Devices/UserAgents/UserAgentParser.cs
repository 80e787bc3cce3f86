using System.Reflection;

namespace Rackwave.Security.Devices.UserAgents;

/// <summary>
/// A User-Agent parser that follows uap-core's specification over the uap-core 0.18.0 rules
/// embedded in this assembly. Thread-safe; create one and share it.
/// </summary>
/// <remarks>
/// Bounded by design: only the first <see cref="UserAgentParserOptions.MaxInputLength"/>
/// characters are read, every regular expression has a timeout, and a rule whose required
/// literal text is absent from the input is not run at all.
/// </remarks>
public sealed class UserAgentParser
{
    /// <summary>The family reported when no rule matches.</summary>
    public const string OtherFamily = "Other";

    /// <summary>The manifest name under which the build embeds uap-core's regexes.yaml.</summary>
    public const string EmbeddedRulesName = "Rackwave.Security.Devices.UserAgents.regexes.yaml";

    private static readonly Lazy<UserAgentParser> DefaultParser = new(() => Create());

    private readonly UapRuleSet _rules;
    private readonly BoundedCache<string, UserAgentParseResult>? _cache;

    private UserAgentParser(UapRuleSet rules, UserAgentParserOptions options)
    {
        _rules = rules;
        Options = options;
        _cache = options.CacheCapacity > 0
            ? new BoundedCache<string, UserAgentParseResult>(options.CacheCapacity, StringComparer.Ordinal)
            : null;
    }

    /// <summary>A shared parser over the embedded rules with default options.</summary>
    public static UserAgentParser Default => DefaultParser.Value;

    /// <summary>The options this parser was created with.</summary>
    public UserAgentParserOptions Options { get; }

    /// <summary>How many rules (browser, OS and device together) the parser holds.</summary>
    public int RuleCount => _rules.Patterns.Count();

    /// <summary>
    /// Loads the embedded uap-core rules. Regular expressions are built when first needed (or by
    /// <see cref="Warm"/>), so this takes milliseconds.
    /// </summary>
    /// <exception cref="InvalidOperationException">The build did not embed the rules.</exception>
    public static UserAgentParser Create(UserAgentParserOptions? options = null)
    {
        var assembly = typeof(UserAgentParser).Assembly;
        using var stream = assembly.GetManifestResourceStream(EmbeddedRulesName)
            ?? throw new InvalidOperationException(
                $"{assembly.GetName().Name} was built without the uap-core rules ({EmbeddedRulesName}).");
        using var reader = new StreamReader(stream);
        return FromYaml(reader, options);
    }

    /// <summary>Loads rules in uap-core's regexes.yaml format from <paramref name="yaml"/>.</summary>
    /// <exception cref="InvalidDataException">The text is not a uap-core rule set.</exception>
    public static UserAgentParser FromYaml(TextReader yaml, UserAgentParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        options ??= new UserAgentParserOptions();
        options.Validate();
        Dictionary<string, List<Dictionary<string, string>>> lists;
        try
        {
            lists = UapRulesYamlReader.Read(yaml);
        }
        catch (YamlDotNet.Core.YamlException exception)
        {
            throw new InvalidDataException("The User-Agent rules are not valid YAML.", exception);
        }

        return new UserAgentParser(new UapRuleSetBuilder(options).Build(lists), options);
    }

    /// <summary>
    /// Parses browser, OS and device. Never throws for any input: null, empty, oversized or
    /// hostile strings give "Other" for whatever cannot be told.
    /// </summary>
    public UserAgentParseResult Parse(string? userAgent) => Parse(userAgent, out _);

    /// <summary>
    /// <see cref="Parse(string?)"/>, also telling whether the answer is final: false when a rule
    /// ran out of time, so callers do not cache an "Other" that a calmer moment would not give.
    /// </summary>
    internal UserAgentParseResult Parse(string? userAgent, out bool complete)
    {
        complete = true;
        if (string.IsNullOrEmpty(userAgent))
        {
            return UserAgentParseResult.Other;
        }

        var input = Bound(userAgent);
        if (_cache is not null && _cache.TryGet(input, out var cached))
        {
            return cached;
        }

        Span<ulong> present = stackalloc ulong[_rules.PresenceWords];
        MarkLiterals(input, present);
        var filter = Options.UseLiteralPrefilter;
        var timedOut = false;
        var result = new UserAgentParseResult(
            ToBrowser(_rules.Browsers.FirstMatch(input, present, filter, ref timedOut)),
            ToOs(_rules.OperatingSystems.FirstMatch(input, present, filter, ref timedOut)),
            ToDevice(_rules.Devices.FirstMatch(input, present, filter, ref timedOut)));
        complete = !timedOut;
        if (complete)
        {
            _cache?.Add(input, result);
        }

        return result;
    }

    /// <summary>
    /// Builds every rule's regular expression and runs it once, so that later parses pay no
    /// first-use cost. With <see cref="UserAgentParserOptions.CompileRegexes"/> this compiles
    /// them, which takes seconds: meant for a background task at start. Parsing works (more
    /// slowly) before, during and without it, and gives the same results.
    /// </summary>
    /// <returns>How many rules were prepared before cancellation.</returns>
    public int Warm(CancellationToken cancellationToken = default)
    {
        const string Sample = "Mozilla/5.0 (Linux; Android 14; SM-S921B Build/UP1A.231005.007) "
            + "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Mobile Safari/537.36";
        var prepared = 0;
        foreach (var pattern in _rules.Patterns)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                break;
            }

            pattern.Prepare(Options.CompileRegexes, Sample, Options.UseLiteralPrefilter);
            prepared++;
        }

        return prepared;
    }

    internal UapRuleSet Rules => _rules;

    private string Bound(string userAgent) =>
        userAgent.Length > Options.MaxInputLength ? userAgent[..Options.MaxInputLength] : userAgent;

    private void MarkLiterals(string input, Span<ulong> present)
    {
        if (Options.UseLiteralPrefilter)
        {
            _rules.MarkLiterals(input, present);
        }
    }

    private static UserAgentBrowser ToBrowser(string?[]? f) =>
        f is null ? UserAgentBrowser.Other : new(f[0]!, f[1], f[2], f[3]);

    private static UserAgentOs ToOs(string?[]? f) =>
        f is null ? UserAgentOs.Other : new(f[0]!, f[1], f[2], f[3], f[4]);

    private static UserAgentDevice ToDevice(string?[]? f) =>
        f is null ? UserAgentDevice.Other : new(f[0]!, f[1], f[2]);
}
