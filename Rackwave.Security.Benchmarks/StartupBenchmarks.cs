using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Rackwave.Security.Devices.UserAgents;

namespace Rackwave.Security.Benchmarks;

/// <summary>
/// Loading the embedded rules: read the YAML, find each rule's literals, build the index. The
/// cold-start job times the first load in a fresh process (JIT included), as at app start.
/// </summary>
[MinColumn]
[MedianColumn]
[SimpleJob(RunStrategy.ColdStart, launchCount: 5, warmupCount: 0, iterationCount: 1, id: "FirstLoad")]
[SimpleJob(RunStrategy.Throughput, id: "WarmProcess")]
public class StartupBenchmarks
{
    [Benchmark]
    public UserAgentParser LoadRules() => UserAgentParser.Create();
}
