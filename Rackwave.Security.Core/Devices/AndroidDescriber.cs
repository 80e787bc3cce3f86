using Rackwave.Security.Devices.UserAgents;

namespace Rackwave.Security.Devices;

/// <summary>
/// Names Android devices. Chrome's reduced User-Agent says "Android 10; K" on every phone, so
/// the model and OS version are only known from hints or from browsers that do not reduce.
/// </summary>
internal sealed class AndroidDescriber(UserAgentParser parser)
{
    /// <summary>Model values that name no device: Chrome's "K" and uap-core's generic fallbacks.</summary>
    private static readonly HashSet<string> Placeholders = new(StringComparer.OrdinalIgnoreCase)
    {
        "K", "Smartphone", "Tablet", "Feature Phone", "Android", "Mobile", "wv", "Linux",
    };

    public DeviceInfo Describe(string userAgent, UserAgentParseResult parsed, HintFacts hints)
    {
        var tablet = IsTablet(userAgent, parsed.Device, hints);
        var name = ModelName(parsed.Device, hints) ?? (tablet ? "Android tablet" : "Android phone");
        var type = tablet ? DeviceType.Tablet : DeviceType.Phone;
        return new DeviceInfo(type, name, "Android", OsVersion(parsed, hints), null, null);
    }

    /// <summary>
    /// Chrome, Samsung Internet and Firefox put "Mobile" in a phone's User-Agent only. Apps'
    /// HTTP stacks (Dalvik, okhttp) follow no such rule: they count as phones, the common case.
    /// </summary>
    private static bool IsTablet(string userAgent, UserAgentDevice device, HintFacts hints)
    {
        if (hints.Mobile is { } mobile)
        {
            return !mobile;
        }

        var isBrowser = userAgent.StartsWith("Mozilla/", StringComparison.Ordinal);
        return device.Brand == "Generic_Android_Tablet"
            || (isBrowser && !userAgent.Contains("Mobile", StringComparison.Ordinal));
    }

    /// <summary>"Samsung SM-S921B", "Google Pixel 8"; null when the model is not known.</summary>
    private string? ModelName(UserAgentDevice device, HintFacts hints)
    {
        if (hints.Model is { } hinted && !IsPlaceholder(hinted))
        {
            // The hint names only the model; the rules know which brand makes it.
            device = parser.Parse($"Mozilla/5.0 (Linux; Android 10; {hinted}) AppleWebKit/537.36").Device;
            return Join(device.Model == hinted ? device.Brand : null, hinted);
        }

        if (device.Model is not { } model || IsPlaceholder(model))
        {
            return null;
        }

        return Join(device.Brand, model);
    }

    private static bool IsPlaceholder(string model) => Placeholders.Contains(model.Trim());

    // Limitation: where uap-core knows a model only generically (brand "Generic_Android"),
    // the model is shown alone: "SM-X700", not "Samsung SM-X700".
    private static string Join(string? brand, string model)
    {
        var known = brand is { Length: > 0 } && !brand.StartsWith("Generic", StringComparison.Ordinal);
        return !known || model.StartsWith(brand!, StringComparison.OrdinalIgnoreCase)
            ? model
            : $"{brand} {model}";
    }

    /// <summary>"Android 10" beside the "K" model is Chrome's frozen value, not the real version.</summary>
    private static string? OsVersion(UserAgentParseResult parsed, HintFacts hints)
    {
        if (hints.PlatformVersion is { } hinted && hints.Platform is null or "Android")
        {
            return VersionText.FromDotted(hinted);
        }

        var frozen = parsed.Os.Major == "10" && parsed.Device.Model == "K";
        return frozen ? null : VersionText.Format(parsed.Os.Major, parsed.Os.Minor);
    }
}
