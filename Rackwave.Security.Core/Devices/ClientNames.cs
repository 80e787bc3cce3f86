using System.Collections.Frozen;

namespace Rackwave.Security.Devices;

/// <summary>
/// The names people know clients by. uap-core tells apart, say, "Chrome Mobile" from "Chrome";
/// the device name already says it is a phone, so the client is just "Chrome".
/// </summary>
internal static class ClientNames
{
    private static readonly FrozenDictionary<string, string> FriendlyNames = new Dictionary<string, string>
    {
        ["Chrome Mobile"] = "Chrome",
        ["Chrome Mobile iOS"] = "Chrome",
        ["Chrome Mobile WebView"] = "Android WebView",
        ["Mobile Safari"] = "Safari",
        ["Mobile Safari UI/WKWebView"] = "In-app browser",
        ["Firefox Mobile"] = "Firefox",
        ["Firefox iOS"] = "Firefox",
        ["Edge Mobile"] = "Edge",
        ["Opera Mobile"] = "Opera",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// The brand each browser uses in Sec-CH-UA-Full-Version-List, to pick its own entry (a
    /// Chromium-based browser also lists "Chromium", whose version is not its own).
    /// </summary>
    private static readonly FrozenDictionary<string, string> HintBrands = new Dictionary<string, string>
    {
        ["Chrome"] = "Google Chrome",
        ["Chrome Mobile"] = "Google Chrome",
        ["Chromium"] = "Chromium",
        ["Edge"] = "Microsoft Edge",
        ["Edge Mobile"] = "Microsoft Edge",
        ["Opera"] = "Opera",
        ["Opera Mobile"] = "Opera",
        ["Samsung Internet"] = "Samsung Internet",
        ["Brave"] = "Brave",
        ["Vivaldi"] = "Vivaldi",
        ["Yandex Browser"] = "YaBrowser",
        ["Chrome Mobile WebView"] = "Android WebView",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The label for a uap-core family; null for "Other" (nothing known).</summary>
    public static string? Friendly(string family) =>
        family == Devices.UserAgents.UserAgentParser.OtherFamily ? null
        : FriendlyNames.GetValueOrDefault(family, family);

    /// <summary>The brand a uap-core family goes by in client hints, if it sends them.</summary>
    public static string? HintBrand(string family) => HintBrands.GetValueOrDefault(family);

    /// <summary>GREASE entries ("Not.A/Brand", "Not/A)Brand") are noise by design.</summary>
    public static bool IsGrease(string brand) =>
        brand.Contains("Not", StringComparison.OrdinalIgnoreCase)
        && brand.Contains("Brand", StringComparison.OrdinalIgnoreCase);
}
