using Rackwave.Security.Devices.UserAgents;

namespace Rackwave.Security.Tests.Devices;

/// <summary>
/// uap-core's own suites, run when they are on this machine: every case must match. They are
/// third-party data and stay out of the repository, so a clone without them skips these tests.
/// </summary>
public sealed class UapConformanceTests
{
    // A generous timeout: these tests check the rules' meaning, which must not depend on how
    // busy the machine is. The default timeout is covered by the hostile-input tests.
    private static readonly UserAgentParser Parser = UserAgentParser.Create(new UserAgentParserOptions
    {
        MatchTimeout = TimeSpan.FromSeconds(10),
        CacheCapacity = 0,
    });

    [SkippableFact]
    public void Browser_suite_test_ua_matches_every_case()
    {
        Skip.If(UapTestData.Folder is null, UapTestData.MissingReason);

        var failures = Check("test_ua.yaml", ["family", "major", "minor", "patch"], agent =>
        {
            var browser = Parser.Parse(agent).Browser;
            return [browser.Family, browser.Major, browser.Minor, browser.Patch];
        });

        failures.Should().BeEmpty("every test_ua.yaml case must match; these did not");
    }

    [SkippableFact]
    public void Os_suite_test_os_matches_every_case()
    {
        Skip.If(UapTestData.Folder is null, UapTestData.MissingReason);

        var failures = Check("test_os.yaml", ["family", "major", "minor", "patch", "patch_minor"], agent =>
        {
            var os = Parser.Parse(agent).Os;
            return [os.Family, os.Major, os.Minor, os.Patch, os.PatchMinor];
        });

        failures.Should().BeEmpty("every test_os.yaml case must match; these did not");
    }

    [SkippableFact]
    public void Device_suite_test_device_matches_every_case()
    {
        Skip.If(UapTestData.Folder is null, UapTestData.MissingReason);

        var failures = Check("test_device.yaml", ["family", "brand", "model"], agent =>
        {
            var device = Parser.Parse(agent).Device;
            return [device.Family, device.Brand, device.Model];
        });

        failures.Should().BeEmpty("every test_device.yaml case must match; these did not");
    }

    [SkippableFact]
    public void Literal_prefilter_changes_no_result_on_the_browser_suite()
    {
        Skip.If(UapTestData.Folder is null, UapTestData.MissingReason);
        var everyRule = UserAgentParser.Create(new UserAgentParserOptions
        {
            MatchTimeout = TimeSpan.FromSeconds(10),
            CacheCapacity = 0,
            UseLiteralPrefilter = false,
        });

        var differences = UapTestData.Cases("test_ua.yaml")
            .Select(c => c["user_agent_string"]!)
            .Where(agent => Parser.Parse(agent) != everyRule.Parse(agent))
            .ToList();

        differences.Should().BeEmpty("skipping rules by their literals must not change a result");
    }

    /// <summary>One line per failing case: the User-Agent, what was expected and what came out.</summary>
    private static List<string> Check(string file, string[] fields, Func<string, string?[]> parse)
    {
        var cases = UapTestData.Cases(file);
        cases.Should().NotBeEmpty();
        var failures = new List<string>();
        foreach (var testCase in cases)
        {
            var agent = testCase["user_agent_string"]!;
            var expected = fields.Select(f => testCase.GetValueOrDefault(f)).ToArray();
            var actual = parse(agent);
            if (!expected.SequenceEqual(actual))
            {
                var want = string.Join(" | ", expected);
                var got = string.Join(" | ", actual);
                failures.Add($"{agent} => expected [{want}], got [{got}]");
            }
        }

        return failures;
    }
}
