namespace Rackwave.Security.Locations;

/// <summary>How much is known about where an address is.</summary>
public enum LocationKind
{
    /// <summary>Nothing: no database, no address, or the address is not in the database.</summary>
    Unknown,

    /// <summary>A loopback, private, link-local, CGNAT or unique-local address; never looked up.</summary>
    LocalNetwork,

    /// <summary>The database placed the address (at least in a country).</summary>
    Resolved,
}

/// <summary>An approximate place derived from an IP address.</summary>
public sealed record GeoLocation(LocationKind Kind, string? City, string? Country, string? CountryCode)
{
    public static GeoLocation Unknown { get; } = new(LocationKind.Unknown, null, null, null);

    public static GeoLocation LocalNetwork { get; } = new(LocationKind.LocalNetwork, null, null, null);

    /// <summary>"London, United Kingdom", "Sweden", "Local network" or "Unknown location".</summary>
    public string Label => Kind switch
    {
        LocationKind.LocalNetwork => "Local network",
        LocationKind.Resolved when City is { Length: > 0 } && Country is { Length: > 0 } => $"{City}, {Country}",
        LocationKind.Resolved when Country is { Length: > 0 } => Country,
        LocationKind.Resolved when City is { Length: > 0 } => City,
        _ => "Unknown location",
    };
}
