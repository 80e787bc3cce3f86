using Rackwave.Security.Devices.UserAgents;

namespace Rackwave.Security.Devices;

/// <summary>
/// Turns a parsed User-Agent and decoded client hints into the labels shown on a session. The
/// rules favour saying less over saying something wrong: a frozen value is not a fact.
/// </summary>
internal sealed class DeviceDescriber(UserAgentParser parser)
{
    private const string Other = UserAgentParser.OtherFamily;

    public DeviceInfo Describe(string userAgent, UserAgentParseResult parsed, HintFacts hints)
    {
        if (ToolClients.Find(userAgent, parsed.Browser) is { } tool)
        {
            return new DeviceInfo(DeviceType.Other, tool.Kind, null, null, tool.Name, tool.Version);
        }

        var client = ClientNames.Friendly(parsed.Browser.Family);
        var clientVersion = ClientVersion(parsed.Browser, hints);
        if (userAgent.StartsWith("Dalvik/", StringComparison.Ordinal))
        {
            // Android's own HTTP stack, used by apps; uap-core calls it the "Android" browser.
            (client, clientVersion) = ("Android app", null);
        }

        var osFamily = parsed.Os.Family != Other
            ? parsed.Os.Family
            : OsFacts.FromPlatformHint(hints.Platform);
        var device = osFamily switch
        {
            OsFacts.Windows => Desktop("Windows PC", "Windows", WindowsVersion(parsed.Os, hints)),
            // Limitation: Safari on iPadOS 13+ asks for desktop sites and sends a Mac User-Agent;
            // such an iPad is shown as a "Mac". Nothing in the request tells them apart.
            OsFacts.MacOsX => Desktop("Mac", "macOS", MacVersion(parsed.Os, hints)),
            // Limitation: no ChromeOS version is shown; the User-Agent carries a frozen platform
            // build number (14541.0.0), not the release people know.
            OsFacts.ChromeOs => Desktop("Chromebook", "ChromeOS", null),
            OsFacts.Ios => AppleMobile(parsed),
            OsFacts.Android => new AndroidDescriber(parser).Describe(userAgent, parsed, hints),
            { } linux when OsFacts.LinuxDesktops.Contains(linux) =>
                Desktop("Linux PC", linux, VersionText.Format(parsed.Os.Major, parsed.Os.Minor)),
            _ => OtherDevice(parsed),
        };

        if (device is null && client is null)
        {
            return DeviceInfo.Unknown;
        }

        device ??= DeviceInfo.Unknown;
        return device with { ClientFamily = client, ClientVersion = client is null ? null : clientVersion };
    }

    private static DeviceInfo Desktop(string name, string os, string? version) =>
        new(DeviceType.Desktop, name, os, version, null, null);

    /// <summary>
    /// Windows 11 still says "Windows NT 10.0", and Chromium says it on every Windows, so that
    /// string only tells "Windows". Sec-CH-UA-Platform-Version tells 10 (1–10) from 11 (13+).
    /// </summary>
    private static string? WindowsVersion(UserAgentOs os, HintFacts hints)
    {
        if (hints.PlatformMajor is { } major && hints.Platform is null or "Windows")
        {
            return major switch
            {
                >= 13 => "11",
                >= 1 and <= 10 => "10",
                _ => null,
            };
        }

        // Limitation: browsers without client hints (Firefox, Safari) never tell Windows 10
        // from 11, so both read as "Windows".
        return os.Major == "10" ? null : VersionText.Format(os.Major, os.Minor);
    }

    /// <summary>Every current Mac browser reports macOS 10.15(.7) whatever the real version is.</summary>
    private static string? MacVersion(UserAgentOs os, HintFacts hints)
    {
        if (hints.PlatformVersion is { } hinted && hints.Platform is null or "macOS")
        {
            return VersionText.FromDotted(hinted);
        }

        return os is { Major: "10", Minor: "15" } ? null : VersionText.Format(os.Major, os.Minor);
    }

    private static DeviceInfo AppleMobile(UserAgentParseResult parsed)
    {
        var version = VersionText.Format(parsed.Os.Major, parsed.Os.Minor);
        return parsed.Device.Family switch
        {
            "iPad" => new(DeviceType.Tablet, "iPad", IpadOsName(parsed.Os), version, null, null),
            "iPod" => new(DeviceType.Phone, "iPod touch", "iOS", version, null, null),
            _ => new(DeviceType.Phone, "iPhone", "iOS", version, null, null),
        };
    }

    /// <summary>Apple has called the iPad's system iPadOS since version 13.</summary>
    private static string IpadOsName(UserAgentOs os) =>
        int.TryParse(os.Major, out var major) && major >= 13 ? "iPadOS" : "iOS";

    /// <summary>No known OS: keep what uap-core says of the hardware, if anything.</summary>
    private static DeviceInfo? OtherDevice(UserAgentParseResult parsed)
    {
        var os = parsed.Os.Family == Other ? null : parsed.Os.Family;
        var osVersion = os is null ? null : VersionText.Format(parsed.Os.Major, parsed.Os.Minor);
        return parsed.Device.Family switch
        {
            "Spider" => new(DeviceType.Other, "Bot", os, osVersion, null, null),
            Other when os is null => null,
            Other => new(DeviceType.Other, DeviceInfo.Unknown.DeviceName, os, osVersion, null, null),
            var family => new(DeviceType.Other, family, os, osVersion, null, null),
        };
    }

    /// <summary>
    /// The browser's own entry in Sec-CH-UA-Full-Version-List when present (GREASE and other
    /// brands ignored); otherwise the User-Agent's version, see <see cref="VersionText"/>.
    /// </summary>
    private static string? ClientVersion(UserAgentBrowser browser, HintFacts hints)
    {
        if (ClientNames.HintBrand(browser.Family) is { } brand)
        {
            foreach (var entry in hints.FullVersions)
            {
                if (!ClientNames.IsGrease(entry.Brand) && entry.Brand == brand)
                {
                    return entry.Version;
                }
            }
        }

        return VersionText.Format(browser.Major, browser.Minor);
    }
}
