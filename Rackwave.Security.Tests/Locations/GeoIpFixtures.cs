namespace Rackwave.Security.Tests.Locations;

/// <summary>The project's own MMDB files, written by Fixtures/GeoIp/make-fixtures.pl.</summary>
internal static class GeoIpFixtures
{
    /// <summary>203.0.113.0/24 London, 198.51.100.0/24 Sweden only, 2001:db8::/32 Berlin.</summary>
    public static string CityV1 => Path.Combine(Folder, "city-v1.mmdb");

    /// <summary>As <see cref="CityV1"/>, built a day later, with 203.0.113.0/24 in Edinburgh.</summary>
    public static string CityV2 => Path.Combine(Folder, "city-v2.mmdb");

    /// <summary>A GeoLite2-ASN database: the wrong type.</summary>
    public static string Asn => Path.Combine(Folder, "asn.mmdb");

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures", "GeoIp");
}
