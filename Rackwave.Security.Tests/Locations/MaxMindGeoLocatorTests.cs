using System.Net;
using Rackwave.Security.Locations;

namespace Rackwave.Security.Tests.Locations;

public sealed class MaxMindGeoLocatorTests : IDisposable
{
    private readonly GeoDatabaseProvider _provider;
    private readonly MaxMindGeoLocator _locator;

    public MaxMindGeoLocatorTests()
    {
        _provider = new GeoDatabaseTestBuilder(GeoIpFixtures.CityV1).Provider();
        _locator = GeoDatabaseTestBuilder.Locator(_provider);
    }

    [Fact]
    public void An_address_with_a_city_record_reads_city_and_country()
    {
        var location = _locator.Locate(IPAddress.Parse("203.0.113.7"));

        location.Should().Be(new GeoLocation(LocationKind.Resolved, "London", "United Kingdom", "GB"));
        location.Label.Should().Be("London, United Kingdom");
    }

    [Fact]
    public void An_address_with_a_country_only_record_reads_the_country()
    {
        var location = _locator.Locate(IPAddress.Parse("198.51.100.23"));

        location.Should().Be(new GeoLocation(LocationKind.Resolved, null, "Sweden", "SE"));
        location.Label.Should().Be("Sweden");
    }

    [Fact]
    public void An_IPv6_address_is_located()
    {
        var location = _locator.Locate(IPAddress.Parse("2001:db8:1234::1"));

        location.Label.Should().Be("Berlin, Germany");
        location.CountryCode.Should().Be("DE");
    }

    [Theory]
    [InlineData("192.0.2.1")]
    [InlineData("8.8.8.8")]
    [InlineData("2001:db9::1")]
    public void An_address_not_in_the_database_is_unknown(string text)
    {
        var location = _locator.Locate(IPAddress.Parse(text));

        location.Should().Be(GeoLocation.Unknown);
        location.Label.Should().Be("Unknown location");
    }

    [Theory]
    [InlineData("10.1.2.3")]
    [InlineData("192.168.1.10")]
    [InlineData("::ffff:10.1.2.3")]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    [InlineData("fe80::1")]
    [InlineData("100.64.0.1")]
    public void A_local_address_reads_local_network_without_a_lookup(string text)
    {
        // The fixture holds a "Never Looked Up" record for 10/8 and 192.168/16.
        var location = _locator.Locate(IPAddress.Parse(text));

        location.Should().Be(GeoLocation.LocalNetwork);
        location.Label.Should().Be("Local network");
    }

    [Theory]
    [InlineData("::ffff:203.0.113.7")]
    [InlineData("::ffff:203.0.113.200")]
    public void An_IPv4_mapped_address_is_located_as_IPv4(string text)
    {
        var location = _locator.Locate(IPAddress.Parse(text));

        location.Label.Should().Be("London, United Kingdom");
    }

    [Fact]
    public void No_address_is_unknown()
    {
        _locator.Locate(null).Should().Be(GeoLocation.Unknown);
    }

    [Fact]
    public async Task A_loaded_database_is_healthy()
    {
        var health = GeoDatabaseTestBuilder.HealthCheck(_provider);

        var result = await health.CheckHealthAsync(new());

        result.Status.Should().Be(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy);
        result.Description.Should().Contain("city-v1.mmdb").And.Contain("GeoLite2-City");
    }

    public void Dispose() => _provider.Dispose();
}
