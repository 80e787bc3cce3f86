using System.Net;

namespace Rackwave.Security.Locations;

/// <summary>Places an IP address, approximately.</summary>
public interface IGeoLocator
{
    /// <summary>
    /// Locates an address. Never throws: a missing or damaged database, an address that is not in
    /// it, or no address at all give <see cref="GeoLocation.Unknown"/>; local addresses give
    /// <see cref="GeoLocation.LocalNetwork"/> without a lookup.
    /// </summary>
    GeoLocation Locate(IPAddress? address);
}
