using Rackwave.Security.Devices;
using Rackwave.Security.Devices.UserAgents;

namespace Rackwave.Security.Tests.Devices;

/// <summary>
/// Oversized and pathological input ends in a plain answer, never an error. How fast it ends
/// is a matter for the benchmarks; these tests check only what comes out.
/// </summary>
public sealed class HostileInputTests
{
    private readonly UserAgentParser _parser = UserAgentParser.Create(new UserAgentParserOptions { CacheCapacity = 0 });

    public static TheoryData<string> Pathological => new()
    {
        new string('1', 5_000),
        string.Concat(Enumerable.Repeat("1.", 3_000)),
        string.Concat(Enumerable.Repeat("; ", 3_000)),
        string.Concat(Enumerable.Repeat("(", 5_000)),
        string.Concat(Enumerable.Repeat("bot ", 1_000)),
        new string('a', 5_000),
        string.Concat(Enumerable.Repeat("_1", 3_000)),
    };

    [Theory]
    [MemberData(nameof(Pathological))]
    public void Pathological_strings_are_not_recognised_as_anything(string agent)
    {
        var result = _parser.Parse(agent);

        (result.Os, result.Device.Family is "Other" or "Spider").Should().Be((UserAgentOs.Other, true));
    }

    [Fact]
    public void Repeated_tokens_of_a_real_browser_still_parse_as_that_browser()
    {
        var agent = string.Concat(Enumerable.Repeat("Chrome/125.0.0.0 ", 500));

        var result = _parser.Parse(agent);

        result.Browser.Should().Be(new UserAgentBrowser("Chrome", "125", "0", "0"));
    }

    [Fact]
    public void A_64_KB_user_agent_is_read_up_to_its_first_512_characters()
    {
        var agent = UserAgents.FirefoxWindows + new string('x', 64 * 1024);

        var info = new DeviceDetector(_parser).Detect(agent, null);

        info.Should().Be(new DeviceInfo(DeviceType.Desktop, "Windows PC", "Windows", null, "Firefox", "126"));
    }

    [Fact]
    public void A_64_KB_header_of_digits_is_an_unknown_device()
    {
        var agent = new string('7', 64 * 1024);

        var info = new DeviceDetector(_parser).Detect(agent, null);

        info.Should().Be(DeviceInfo.Unknown);
    }

    [Fact]
    public void Control_characters_and_unpaired_surrogates_do_not_break_parsing()
    {
        var agent = "Mozilla/5.0 \0\r\n\ud800 (Windows NT 10.0) \uffff Firefox/126.0";

        var result = _parser.Parse(agent);

        result.Browser.Family.Should().Be("Firefox");
    }

    [Fact]
    public void A_rule_that_runs_out_of_time_gives_Other_for_its_part_only()
    {
        const string Rules = """
            user_agent_parsers:
              - regex: '^(a+)+$'
                family_replacement: 'Catastrophic'
            os_parsers:
              - regex: '(Plan9)'
            device_parsers: []
            """;
        var parser = UserAgentParser.FromYaml(new StringReader(Rules), new UserAgentParserOptions
        {
            MatchTimeout = TimeSpan.FromMilliseconds(1),
        });

        var harmless = parser.Parse("aaaa");
        var hostile = parser.Parse(new string('a', 40) + "! Plan9");

        harmless.Browser.Family.Should().Be("Catastrophic");
        hostile.Should().Be(new UserAgentParseResult(
            UserAgentBrowser.Other, new UserAgentOs("Plan9", null, null, null, null), UserAgentDevice.Other));
        parser.Parse("aaaa").Should().BeSameAs(harmless, "a complete answer is cached");
        parser.Parse(new string('a', 40) + "! Plan9").Should()
            .NotBeSameAs(hostile, "an answer cut short by a timeout is not cached");
    }
}
