using System.Net;
using MaxMind.GeoIP2.Responses;
using Rackwave.Security.Network;

namespace Rackwave.Security.Locations;

/// <summary>Locates addresses in a MaxMind GeoLite2-City or GeoIP2-City database.</summary>
internal sealed class MaxMindGeoLocator(GeoDatabaseProvider provider) : IGeoLocator
{
    /// <inheritdoc/>
    public GeoLocation Locate(IPAddress? address)
    {
        if (address is null)
        {
            return GeoLocation.Unknown;
        }

        var normalized = address.Normalize();
        if (normalized.IsLocalNetwork())
        {
            return GeoLocation.LocalNetwork;
        }

        var database = provider.Snapshot.Database;
        if (database is null || !database.Holds(normalized.AddressFamily))
        {
            return GeoLocation.Unknown;
        }

        try
        {
            return database.Reader.TryCity(normalized, out var response) && response is not null
                ? ToLocation(response)
                : GeoLocation.Unknown;
        }
        catch (Exception ex)
        {
            // A damaged record fails in the decoder with many kinds of exception. Locate promises
            // never to throw: the session is shown with an unknown location instead.
            provider.ReportLookupFailure(database, ex);
            return GeoLocation.Unknown;
        }
    }

    private static GeoLocation ToLocation(CityResponse response)
    {
        var city = NullIfEmpty(response.City.Name);
        var country = NullIfEmpty(response.Country.Name);
        if (city is null && country is null)
        {
            return GeoLocation.Unknown;
        }

        var countryCode = NullIfEmpty(response.Country.IsoCode);
        return new GeoLocation(LocationKind.Resolved, city, country, countryCode);
    }

    private static string? NullIfEmpty(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value;
}
