using Microsoft.Extensions.Options;
using Rackwave.Security.Locations;

namespace Rackwave.Security.Tests.Locations;

/// <summary>Builds the GeoIP pieces over one database path, with a logger that keeps entries.</summary>
internal sealed class GeoDatabaseTestBuilder(string path)
{
    public CollectingLogger<GeoDatabaseProvider> Logger { get; } = new();

    public IOptions<GeoIpOptions> Options { get; } =
        Microsoft.Extensions.Options.Options.Create(new GeoIpOptions { CityDatabasePath = path });

    public GeoDatabaseProvider Provider() => new(Options, Logger);

    public static MaxMindGeoLocator Locator(GeoDatabaseProvider provider) => new(provider);

    public static GeoLocationHealthCheck HealthCheck(GeoDatabaseProvider provider) => new(provider);
}
