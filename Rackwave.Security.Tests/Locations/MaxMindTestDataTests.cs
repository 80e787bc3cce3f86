using System.Net;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Rackwave.Security.Locations;

namespace Rackwave.Security.Tests.Locations;

/// <summary>
/// Checks against MaxMind's own test databases, read in place from shared/testdata/maxmind and
/// never copied into the repository. Skipped where that folder is not there.
/// </summary>
public sealed class MaxMindTestDataTests
{
    [SkippableTheory]
    [InlineData("GeoIP2-City-Test.mmdb", "81.2.69.142", "London", "United Kingdom", "GB")]
    [InlineData("GeoIP2-City-Test.mmdb", "2001:480:10::1", "San Diego", "United States", "US")]
    [InlineData("GeoIP2-City-Test.mmdb", "89.160.20.112", "Linköping", "Sweden", "SE")]
    [InlineData("GeoLite2-City-Test.mmdb", "81.2.69.142", "London", "United Kingdom", "GB")]
    [InlineData("GeoLite2-City-Test.mmdb", "2001:480:10::1", "San Diego", "United States", "US")]
    [InlineData("GeoLite2-City-Test.mmdb", "89.160.20.112", "Linköping", "Sweden", "SE")]
    [InlineData("GeoLite2-City-Test.mmdb", "::ffff:81.2.69.142", "London", "United Kingdom", "GB")]
    public void Known_addresses_are_located(
        string file,
        string address,
        string city,
        string country,
        string countryCode)
    {
        using var provider = new GeoDatabaseTestBuilder(MaxMindTestData.File(file)).Provider();

        var location = GeoDatabaseTestBuilder.Locator(provider).Locate(IPAddress.Parse(address));

        location.Should().Be(new GeoLocation(LocationKind.Resolved, city, country, countryCode));
        location.Label.Should().Be($"{city}, {country}");
    }

    [SkippableTheory]
    [InlineData("GeoIP2-City-Test-Broken-Double-Format.mmdb")]
    [InlineData("GeoIP2-City-Test-Invalid-Node-Count.mmdb")]
    public async Task A_damaged_database_gives_unknown_and_degraded(string file)
    {
        var path = MaxMindTestData.File(file);
        var builder = new GeoDatabaseTestBuilder(path);
        using var provider = builder.Provider();
        var locator = GeoDatabaseTestBuilder.Locator(provider);

        var locations = new[] { "81.2.69.142", "2001:480:10::1", "89.160.20.112", "2001:220::1" }
            .Select(address => locator.Locate(IPAddress.Parse(address)))
            .ToList();

        locations.Should().AllBeEquivalentTo(GeoLocation.Unknown);
        var health = await GeoDatabaseTestBuilder.HealthCheck(provider).CheckHealthAsync(new());
        health.Status.Should().Be(HealthStatus.Degraded);
        health.Description.Should().Contain(file);
        builder.Logger.AtLeast(LogLevel.Error).Should().ContainSingle()
            .Which.Message.Should().Contain(path);
    }
}
