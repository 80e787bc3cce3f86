using BenchmarkDotNet.Attributes;
using Rackwave.Security.Devices.UserAgents;

namespace Rackwave.Security.Benchmarks;

/// <summary>
/// Parsing speed once the rules are warm. Each invocation parses the next User-Agent of the
/// corpus, so the mean is the average cost over the corpus.
/// </summary>
/// <remarks>Min and median are shown too: on a shared machine they resist noise better.</remarks>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class ParseBenchmarks
{
    private const string Repeated = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
        + "(KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36 Edg/125.0.0.0";

    private string[] _agents = [];
    private int _next;
    private UserAgentParser _uncached = null!;
    private UserAgentParser _cached = null!;

    [GlobalSetup]
    public void Setup()
    {
        _agents = [.. UserAgentCorpus.Load(UserAgentCorpus.FindTestData(AppContext.BaseDirectory))];
        _uncached = UserAgentParser.Create(new UserAgentParserOptions { CacheCapacity = 0 });
        _uncached.Warm();
        _cached = UserAgentParser.Create();
        _cached.Warm();
        _cached.Parse(Repeated);

        // Steady state: every rule the corpus reaches has run (and been jitted) once.
        foreach (var agent in _agents)
        {
            _uncached.Parse(agent);
        }
    }

    /// <summary>Browser, OS and device of one corpus User-Agent, without the cache.</summary>
    [Benchmark]
    public UserAgentParseResult UncachedFullParse()
    {
        var agent = _agents[_next];
        _next = _next + 1 == _agents.Length ? 0 : _next + 1;
        return _uncached.Parse(agent);
    }

    /// <summary>The same User-Agent again, answered from the cache.</summary>
    [Benchmark]
    public UserAgentParseResult CachedRepeatedParse() => _cached.Parse(Repeated);
}
