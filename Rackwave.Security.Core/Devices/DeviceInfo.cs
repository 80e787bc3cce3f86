namespace Rackwave.Security.Devices;

/// <summary>The broad kind of device a session runs on; drives the icon shown beside it.</summary>
public enum DeviceType
{
    Desktop,
    Phone,
    Tablet,
    Other,
}

/// <summary>
/// What a person sees about the device of a session: a friendly name ("Windows PC", "iPhone"),
/// the operating system and the client (browser, app or command-line tool), each with a version
/// when one is known.
/// </summary>
public sealed record DeviceInfo(
    DeviceType Type,
    string DeviceName,
    string? OsFamily,
    string? OsVersion,
    string? ClientFamily,
    string? ClientVersion)
{
    /// <summary>The label used when nothing could be told from the request.</summary>
    public static DeviceInfo Unknown { get; } = new(DeviceType.Other, "Unknown device", null, null, null, null);

    /// <summary>"Chrome 125", "Safari 17.4", or "Unknown browser".</summary>
    public string ClientLabel => Join(ClientFamily, ClientVersion) ?? "Unknown browser";

    /// <summary>"Chrome 125 · Windows PC": how the audit trail names a device.</summary>
    public string Summary => $"{ClientLabel} · {DeviceName}";

    /// <summary>"Windows 11", "iOS 17.4", "Linux", or "Unknown OS".</summary>
    public string OsLabel => Join(OsFamily, OsVersion) ?? "Unknown OS";

    private static string? Join(string? family, string? version) =>
        string.IsNullOrEmpty(family) ? null
        : string.IsNullOrEmpty(version) ? family
        : $"{family} {version}";
}
