using Rackwave.Security.Devices;
using Rackwave.Security.Devices.UserAgents;

namespace Rackwave.Security.Tests.Devices;

/// <summary>What a person sees for the clients they are likely to sign in with.</summary>
public sealed class DeviceDetectorTests
{
    private readonly DeviceDetector _detector = new(UserAgentParser.Default);

    [Theory]
    [InlineData(UserAgents.ChromeWindows, "Windows PC", "Windows", "Chrome 125")]
    [InlineData(UserAgents.EdgeWindows, "Windows PC", "Windows", "Edge 125")]
    [InlineData(UserAgents.FirefoxWindows, "Windows PC", "Windows", "Firefox 126")]
    [InlineData(UserAgents.FirefoxWindows7, "Windows PC", "Windows 7", "Firefox 115")]
    [InlineData(UserAgents.SafariMac, "Mac", "macOS", "Safari 17.4")]
    [InlineData(UserAgents.ChromeMac, "Mac", "macOS", "Chrome 125")]
    [InlineData(UserAgents.Chromebook, "Chromebook", "ChromeOS", "Chrome 125")]
    [InlineData(UserAgents.FirefoxLinux, "Linux PC", "Linux", "Firefox 126")]
    [InlineData(UserAgents.FirefoxUbuntu, "Linux PC", "Ubuntu", "Firefox 126")]
    public void Desktops_are_named_by_their_platform(string agent, string name, string os, string client)
    {
        var info = _detector.Detect(agent, null);

        info.Type.Should().Be(DeviceType.Desktop);
        (info.DeviceName, info.OsLabel, info.ClientLabel).Should().Be((name, os, client));
    }

    [Fact]
    public void An_iPhone_shows_its_ios_and_safari_versions()
    {
        var info = _detector.Detect(UserAgents.SafariIphone, null);

        info.Should().Be(new DeviceInfo(DeviceType.Phone, "iPhone", "iOS", "17.4", "Safari", "17.4"));
    }

    [Fact]
    public void An_iPad_is_a_tablet_on_iPadOS()
    {
        var info = _detector.Detect(UserAgents.SafariIpad, null);

        info.Should().Be(new DeviceInfo(DeviceType.Tablet, "iPad", "iPadOS", "16.6", "Safari", "16.6"));
    }

    [Fact]
    public void Chrome_on_Android_with_the_K_placeholder_is_a_plain_Android_phone()
    {
        var info = _detector.Detect(UserAgents.ChromeAndroidReduced, null);

        // "Android 10" beside "K" is Chrome's frozen value, not the phone's version.
        info.Should().Be(new DeviceInfo(DeviceType.Phone, "Android phone", "Android", null, "Chrome", "125"));
    }

    [Fact]
    public void Chrome_on_an_Android_tablet_leaves_Mobile_out_of_the_user_agent()
    {
        var info = _detector.Detect(UserAgents.ChromeAndroidTabletReduced, null);

        (info.Type, info.DeviceName).Should().Be((DeviceType.Tablet, "Android tablet"));
    }

    [Fact]
    public void An_Android_phone_with_a_known_model_is_named_by_brand_and_model()
    {
        var info = _detector.Detect(UserAgents.ChromePixel, null);

        info.Should().Be(new DeviceInfo(DeviceType.Phone, "Google Pixel 8", "Android", "14", "Chrome", "125"));
    }

    [Fact]
    public void Samsung_Internet_shows_the_Samsung_model()
    {
        var info = _detector.Detect(UserAgents.SamsungInternet, null);

        info.Should().Be(new DeviceInfo(
            DeviceType.Phone, "Samsung SM-S921B", "Android", "14", "Samsung Internet", "24"));
    }

    [Theory]
    [InlineData(UserAgents.Curl, "Command-line client", "curl 8.5")]
    [InlineData(UserAgents.Wget, "Command-line client", "Wget 1.21")]
    [InlineData(UserAgents.Postman, "API client", "Postman 7.39")]
    [InlineData(UserAgents.PythonRequests, "Script or library", "python-requests 2.31")]
    [InlineData(UserAgents.GoHttpClient, "Script or library", "Go-http-client 2")]
    [InlineData(UserAgents.OkHttp, "Script or library", "okhttp 4.12")]
    [InlineData("insomnia/2023.5.8", "API client", "Insomnia 2023.5")]
    public void Tools_and_libraries_read_as_what_they_are(string agent, string name, string client)
    {
        var info = _detector.Detect(agent, null);

        info.Type.Should().Be(DeviceType.Other);
        (info.DeviceName, info.ClientLabel, info.OsFamily).Should().Be((name, client, null));
    }

    [Fact]
    public void A_crawler_is_a_bot_not_a_browser()
    {
        var info = _detector.Detect(UserAgents.Googlebot, null);

        info.Should().Be(new DeviceInfo(DeviceType.Other, "Bot", null, null, "Googlebot", "2.1"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void No_user_agent_is_an_unknown_device(string? agent)
    {
        _detector.Detect(agent, null).Should().Be(DeviceInfo.Unknown);
    }

    [Fact]
    public void An_unrecognised_user_agent_is_an_unknown_device()
    {
        _detector.Detect("SomethingNobodyMade", ClientHints.None).Should().Be(DeviceInfo.Unknown);
    }

    [Fact]
    public void The_same_request_is_described_once_and_then_served_from_the_cache()
    {
        var first = _detector.Detect(UserAgents.SafariMac, null);

        var second = _detector.Detect(UserAgents.SafariMac, ClientHints.None);

        second.Should().BeSameAs(first);
    }
}
