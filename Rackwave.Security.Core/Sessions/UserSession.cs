using Rackwave.Security.Devices;
using Rackwave.Security.Locations;

namespace Rackwave.Security.Sessions;

/// <summary>
/// One successful sign-in of one user on one device: the row every request and every live
/// circuit is checked against. Times are UTC. Once <see cref="EndedAt"/> is set it never clears.
/// </summary>
public sealed class UserSession
{
    public const int MaxUserAgentLength = 1024;

    public Guid Id { get; init; }

    public required string UserId { get; init; }

    /// <summary>SHA-256 of the token the browser holds; never the token itself.</summary>
    public required byte[] TokenHash { get; init; }

    public DateTime StartedAt { get; init; }

    public DateTime LastActiveAt { get; set; }

    /// <summary>When the absolute lifetime runs out, fixed at sign-in.</summary>
    public DateTime ExpiresAt { get; init; }

    public string? StartIp { get; init; }

    public string? LastIp { get; set; }

    /// <summary><see cref="LastIp"/> as an <see cref="Network.IPAddressKey"/>: networks are ranges of it.</summary>
    public string? LastIpKey { get; set; }

    /// <summary>The raw User-Agent, cut to <see cref="MaxUserAgentLength"/> characters.</summary>
    public string? UserAgent { get; init; }

    public DeviceType DeviceType { get; init; }

    public required string DeviceName { get; init; }

    public string? OsFamily { get; init; }

    public string? OsVersion { get; init; }

    public string? ClientFamily { get; init; }

    public string? ClientVersion { get; init; }

    public LocationKind LocationKind { get; init; }

    public string? City { get; init; }

    public string? Country { get; init; }

    public string? CountryCode { get; init; }

    public DateTime? EndedAt { get; set; }

    public SessionEndReason? EndReason { get; set; }

    /// <summary>The user who ended it (the owner or an admin); null for the system.</summary>
    public string? EndedByUserId { get; set; }

    public DeviceInfo Device =>
        new(DeviceType, DeviceName, OsFamily, OsVersion, ClientFamily, ClientVersion);

    public GeoLocation Location => new(LocationKind, City, Country, CountryCode);
}
