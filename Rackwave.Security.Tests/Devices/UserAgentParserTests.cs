using Rackwave.Security.Devices.UserAgents;

namespace Rackwave.Security.Tests.Devices;

/// <summary>The embedded uap-core rules on User-Agents written for these tests.</summary>
public sealed class UserAgentParserTests
{
    private static readonly UserAgentParser Parser = UserAgentParser.Default;

    [Fact]
    public void Default_loads_the_embedded_rules()
    {
        Parser.RuleCount.Should().Be(1175);
    }

    [Theory]
    [InlineData(UserAgents.ChromeWindows, "Chrome", "125", "0", "0")]
    [InlineData(UserAgents.EdgeWindows, "Edge", "125", "0", "0")]
    [InlineData(UserAgents.FirefoxWindows, "Firefox", "126", "0", null)]
    [InlineData(UserAgents.SafariMac, "Safari", "17", "4", "1")]
    [InlineData(UserAgents.SafariIphone, "Mobile Safari", "17", "4", "1")]
    [InlineData(UserAgents.SamsungInternet, "Samsung Internet", "24", "0", null)]
    [InlineData(UserAgents.Curl, "curl", "8", "5", "0")]
    public void Parses_the_browser(string agent, string family, string? major, string? minor, string? patch)
    {
        var browser = Parser.Parse(agent).Browser;

        browser.Should().Be(new UserAgentBrowser(family, major, minor, patch));
    }

    [Theory]
    [InlineData(UserAgents.ChromeWindows, "Windows", "10", null)]
    [InlineData(UserAgents.SafariMac, "Mac OS X", "10", "15")]
    [InlineData(UserAgents.SafariIphone, "iOS", "17", "4")]
    [InlineData(UserAgents.ChromeAndroidReduced, "Android", "10", null)]
    [InlineData(UserAgents.Chromebook, "Chrome OS", "14541", "0")]
    [InlineData(UserAgents.FirefoxUbuntu, "Ubuntu", null, null)]
    public void Parses_the_os(string agent, string family, string? major, string? minor)
    {
        var os = Parser.Parse(agent).Os;

        (os.Family, os.Major, os.Minor).Should().Be((family, major, minor));
    }

    [Theory]
    [InlineData(UserAgents.SafariIphone, "iPhone", "Apple", "iPhone")]
    [InlineData(UserAgents.SafariIpad, "iPad", "Apple", "iPad")]
    [InlineData(UserAgents.ChromeAndroidReduced, "K", "Generic_Android", "K")]
    [InlineData(UserAgents.SamsungInternet, "Samsung SM-S921B", "Samsung", "SM-S921B")]
    [InlineData(UserAgents.ChromePixel, "Pixel 8", "Google", "Pixel 8")]
    [InlineData(UserAgents.ChromeWindows, "Other", null, null)]
    public void Parses_the_device(string agent, string family, string? brand, string? model)
    {
        var device = Parser.Parse(agent).Device;

        device.Should().Be(new UserAgentDevice(family, brand, model));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Empty_input_is_Other(string? agent)
    {
        Parser.Parse(agent).Should().Be(UserAgentParseResult.Other);
    }

    [Fact]
    public void Only_the_first_512_characters_are_read()
    {
        var agent = new string('x', 512) + " Chrome/125.0.0.0";

        Parser.Parse(agent).Browser.Family.Should().Be("Other");
    }

    [Fact]
    public void A_repeated_parse_gives_the_cached_result()
    {
        var first = Parser.Parse(UserAgents.FirefoxWindows);

        var second = Parser.Parse(UserAgents.FirefoxWindows);

        second.Should().BeSameAs(first);
    }

    [Fact]
    public void Warming_prepares_every_rule_and_changes_no_result()
    {
        var parser = UserAgentParser.Create(new UserAgentParserOptions { CompileRegexes = false, CacheCapacity = 0 });
        var before = parser.Parse(UserAgents.SamsungInternet);

        var prepared = parser.Warm();

        prepared.Should().Be(1175);
        parser.Parse(UserAgents.SamsungInternet).Should().Be(before);
    }

    [Fact]
    public void Warming_stops_when_cancelled()
    {
        var parser = UserAgentParser.Create();

        var prepared = parser.Warm(new CancellationToken(canceled: true));

        prepared.Should().Be(0);
    }

    [Fact]
    public void Options_out_of_range_are_rejected()
    {
        var create = () => UserAgentParser.Create(new UserAgentParserOptions { MaxInputLength = 0 });

        create.Should().Throw<ArgumentOutOfRangeException>();
    }
}
