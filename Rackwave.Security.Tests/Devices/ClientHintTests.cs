using Rackwave.Security.Devices;
using Rackwave.Security.Devices.UserAgents;

namespace Rackwave.Security.Tests.Devices;

/// <summary>Client hints fill in what Chromium's frozen User-Agent no longer says.</summary>
public sealed class ClientHintTests
{
    private const string ChromeVersions =
        "\"Google Chrome\";v=\"125.0.6422.142\", \"Chromium\";v=\"125.0.6422.142\", \"Not.A/Brand\";v=\"24.0.0.0\"";

    private const string EdgeVersions =
        "\"Microsoft Edge\";v=\"125.0.2535.67\", \"Not.A/Brand\";v=\"24.0.0.0\", \"Chromium\";v=\"125.0.6422.113\"";

    private readonly DeviceDetector _detector = new(UserAgentParser.Default);

    [Theory]
    [InlineData("\"15.0.0\"", "Windows 11")]
    [InlineData("\"13.0.0\"", "Windows 11")]
    [InlineData("\"10.0.0\"", "Windows 10")]
    [InlineData("\"1.0.0\"", "Windows 10")]
    [InlineData("\"0.3.0\"", "Windows")]
    public void Platform_version_tells_Windows_11_from_10(string platformVersion, string os)
    {
        var hints = new ClientHints(Platform: "\"Windows\"", PlatformVersion: platformVersion);

        var info = _detector.Detect(UserAgents.ChromeWindows, hints);

        info.OsLabel.Should().Be(os);
    }

    [Fact]
    public void Full_version_list_gives_the_browser_its_own_full_version()
    {
        var hints = new ClientHints(Platform: "\"Windows\"", FullVersionList: ChromeVersions);

        var info = _detector.Detect(UserAgents.ChromeWindows, hints);

        info.ClientLabel.Should().Be("Chrome 125.0.6422.142");
    }

    [Fact]
    public void Edge_takes_the_Microsoft_Edge_entry_not_Chromium()
    {
        var hints = new ClientHints(FullVersionList: EdgeVersions);

        var info = _detector.Detect(UserAgents.EdgeWindows, hints);

        info.ClientLabel.Should().Be("Edge 125.0.2535.67");
    }

    [Fact]
    public void A_list_with_only_GREASE_and_other_brands_leaves_the_user_agent_version()
    {
        var hints = new ClientHints(FullVersionList: "\"Not/A)Brand\";v=\"99.0.0.0\", \"Chromium\";v=\"125.0.6422.1\"");

        var info = _detector.Detect(UserAgents.ChromeWindows, hints);

        info.ClientLabel.Should().Be("Chrome 125");
    }

    [Fact]
    public void The_hinted_model_replaces_K_and_finds_its_brand()
    {
        var hints = new ClientHints("\"Android\"", "\"14.0.0\"", "\"SM-S921B\"", "?1", null);

        var info = _detector.Detect(UserAgents.ChromeAndroidReduced, hints);

        info.Should().Be(new DeviceInfo(DeviceType.Phone, "Samsung SM-S921B", "Android", "14", "Chrome", "125"));
    }

    [Fact]
    public void A_hinted_Pixel_is_named_with_its_brand()
    {
        var hints = new ClientHints(Model: "\"Pixel 8\"", Mobile: "?1");

        var info = _detector.Detect(UserAgents.ChromeAndroidReduced, hints);

        info.DeviceName.Should().Be("Google Pixel 8");
    }

    [Fact]
    public void Mobile_false_on_Android_is_a_tablet()
    {
        var hints = new ClientHints(Model: "\"\"", Mobile: "?0");

        var info = _detector.Detect(UserAgents.ChromeAndroidReduced, hints);

        (info.Type, info.DeviceName).Should().Be((DeviceType.Tablet, "Android tablet"));
    }

    [Fact]
    public void Mac_platform_version_replaces_the_frozen_10_15()
    {
        var hints = new ClientHints(Platform: "\"macOS\"", PlatformVersion: "\"14.4.1\"");

        var info = _detector.Detect(UserAgents.ChromeMac, hints);

        info.OsLabel.Should().Be("macOS 14.4");
    }

    [Theory]
    [InlineData("Windows")]
    [InlineData("\"15.0.0")]
    [InlineData("\"fifteen\"")]
    [InlineData("\"15.0.0\"; drop table")]
    [InlineData("\"\\u0000\"")]
    public void Malformed_platform_versions_are_ignored(string platformVersion)
    {
        var hints = new ClientHints(Platform: "\"Windows\"", PlatformVersion: platformVersion);

        var info = _detector.Detect(UserAgents.ChromeWindows, hints);

        info.OsLabel.Should().Be("Windows");
    }

    [Fact]
    public void Huge_hint_values_are_ignored_and_the_user_agent_still_counts()
    {
        var huge = "\"" + new string('9', 70_000) + "\"";
        var hints = new ClientHints(huge, huge, huge, huge, huge);

        var info = _detector.Detect(UserAgents.ChromeWindows, hints);

        info.Should().Be(new DeviceInfo(DeviceType.Desktop, "Windows PC", "Windows", null, "Chrome", "125"));
    }

    [Theory]
    [InlineData("\"Google Chrome\";v=\"125.0.6422.142\"; \"oops")]
    [InlineData("\"Google Chrome\";v=125")]
    [InlineData("\"Google Chrome\";v=\"<script>\"")]
    [InlineData(",,,")]
    public void A_malformed_version_list_is_ignored(string list)
    {
        var hints = new ClientHints(FullVersionList: list);

        var info = _detector.Detect(UserAgents.ChromeWindows, hints);

        info.ClientLabel.Should().Be("Chrome 125");
    }

    [Fact]
    public void A_model_with_markup_or_separators_is_ignored()
    {
        var hints = new ClientHints(Model: "\"Pixel; 8) <b>\"");

        var info = _detector.Detect(UserAgents.ChromeAndroidReduced, hints);

        info.DeviceName.Should().Be("Android phone");
    }
}
