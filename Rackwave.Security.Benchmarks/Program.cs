using BenchmarkDotNet.Running;
using Rackwave.Security.Benchmarks;
using Rackwave.Security.Benchmarks.AdminConsole;

// The admin console's reads on a seeded million sessions (not a BenchmarkDotNet run: the first,
// cold page matters as much as the warm ones). Usage:
// dotnet run -c Release --project Rackwave.Security.Benchmarks -- --admin-console [--db PATH] [--reseed]
if (args is ["--admin-console", .. var adminArgs])
{
    return await AdminConsoleTimings.RunAsync(adminArgs, Console.Out);
}

// Usage: dotnet run -c Release --project Rackwave.Security.Benchmarks -- [--corpus DIR] --filter '*'
// DIR holds uap-core's test_ua.yaml; without it the RACKWAVE_UAP_TESTDATA variable, then a
// shared/testdata/uap-core folder above this program, then a built-in corpus is used.
var forwarded = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--corpus" && i + 1 < args.Length)
    {
        // The benchmarks run in child processes, which inherit the variable.
        Environment.SetEnvironmentVariable(UserAgentCorpus.TestDataVariable, Path.GetFullPath(args[++i]));
    }
    else
    {
        forwarded.Add(args[i]);
    }
}

var corpus = UserAgentCorpus.FindTestData(AppContext.BaseDirectory);
if (corpus is not null)
{
    Environment.SetEnvironmentVariable(UserAgentCorpus.TestDataVariable, corpus);
}

Console.WriteLine($"Corpus: {UserAgentCorpus.Describe(corpus)}");
BenchmarkSwitcher.FromAssembly(typeof(ParseBenchmarks).Assembly).Run([.. forwarded]);
return 0;
