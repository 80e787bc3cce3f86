using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Rackwave.Security.Benchmarks;

/// <summary>
/// The User-Agents the benchmarks parse: uap-core's test_ua.yaml when it can be found, or a
/// small built-in set otherwise, so the benchmarks still run on a clone without test data.
/// </summary>
public static class UserAgentCorpus
{
    /// <summary>Names the folder that holds uap-core's test suites.</summary>
    public const string TestDataVariable = "RACKWAVE_UAP_TESTDATA";

    private static readonly string[] BuiltIn =
    [
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/125.0.0.0 Safari/537.36",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/125.0.0.0 Safari/537.36 Edg/125.0.0.0",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:126.0) Gecko/20100101 Firefox/126.0",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            + "Version/17.4.1 Safari/605.1.15",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 "
            + "(KHTML, like Gecko) Version/17.4.1 Mobile/15E148 Safari/604.1",
        "Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            + "Version/16.6 Mobile/15E148 Safari/604.1",
        "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/125.0.0.0 Mobile Safari/537.36",
        "Mozilla/5.0 (Linux; Android 14; SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "SamsungBrowser/24.0 Chrome/117.0.0.0 Mobile Safari/537.36",
        "Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/UQ1A.240205.004) AppleWebKit/537.36 "
            + "(KHTML, like Gecko) Chrome/122.0.6261.119 Mobile Safari/537.36",
        "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/125.0.0.0 Safari/537.36",
        "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0",
        "curl/8.5.0",
        "PostmanRuntime/7.39.0",
        "python-requests/2.31.0",
        "Go-http-client/2.0",
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    ];

    /// <summary>Where the corpus came from, for the report.</summary>
    public static string Describe(string? folder) =>
        folder is null
            ? $"built-in corpus ({BuiltIn.Length} User-Agents)"
            : Path.Combine(folder, "test_ua.yaml");

    /// <summary>
    /// The folder named by <see cref="TestDataVariable"/>, else the first
    /// <c>shared/testdata/uap-core</c> above <paramref name="start"/>, else null.
    /// </summary>
    public static string? FindTestData(string start)
    {
        var named = Environment.GetEnvironmentVariable(TestDataVariable);
        if (!string.IsNullOrEmpty(named))
        {
            return File.Exists(Path.Combine(named, "test_ua.yaml")) ? named : null;
        }

        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "testdata", "uap-core");
            if (File.Exists(Path.Combine(candidate, "test_ua.yaml")))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The User-Agents of test_ua.yaml in <paramref name="folder"/>, or the built-in set.</summary>
    public static IReadOnlyList<string> Load(string? folder)
    {
        if (folder is null)
        {
            return BuiltIn;
        }

        using var reader = new StreamReader(Path.Combine(folder, "test_ua.yaml"));
        var parser = new Parser(reader);
        var agents = new List<string>();
        while (parser.MoveNext())
        {
            if (parser.Current is Scalar { Value: "user_agent_string" } && parser.MoveNext()
                && parser.Current is Scalar value)
            {
                agents.Add(value.Value);
            }
        }

        return agents;
    }
}
