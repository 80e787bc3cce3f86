using Rackwave.Security.Devices;

namespace Rackwave.Security.Sessions.Admin;

/// <summary>
/// What the admin console narrows the running sessions to. Every part is optional; the parts
/// given must all match.
/// </summary>
public sealed record AdminSessionFilter
{
    public static AdminSessionFilter None { get; } = new();

    /// <summary>Part of the account's e-mail address, in any case.</summary>
    public string? EmailContains { get; init; }

    /// <summary>
    /// An address ("203.0.113.7") or a CIDR network ("203.0.113.0/24", "2001:db8::/32"),
    /// matched against the session's latest address. Text that is neither matches nothing.
    /// </summary>
    public string? Network { get; init; }

    /// <summary>Two-letter ISO country code, as located from the address.</summary>
    public string? CountryCode { get; init; }

    /// <summary>Browser or app family exactly as shown ("Chrome", "Safari").</summary>
    public string? BrowserFamily { get; init; }

    public DeviceType? DeviceType { get; init; }

    /// <summary>Only sessions used within this many minutes.</summary>
    public int? ActiveWithinMinutes { get; init; }
}
