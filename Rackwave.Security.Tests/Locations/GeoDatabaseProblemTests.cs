using System.Net;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Rackwave.Security.Locations;

namespace Rackwave.Security.Tests.Locations;

/// <summary>A missing, unconfigured, damaged or wrong database never stops the app.</summary>
public sealed class GeoDatabaseProblemTests : IDisposable
{
    private static readonly IPAddress Listed = IPAddress.Parse("203.0.113.7");

    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_missing_file_gives_unknown_degraded_and_one_warning()
    {
        var builder = new GeoDatabaseTestBuilder(_folder.File("GeoLite2-City.mmdb"));
        using var provider = builder.Provider();
        var locator = GeoDatabaseTestBuilder.Locator(provider);

        var locations = Enumerable.Range(0, 5).Select(_ => locator.Locate(Listed)).ToList();
        provider.Refresh();
        provider.Refresh();

        locations.Should().AllBeEquivalentTo(GeoLocation.Unknown);
        var health = await GeoDatabaseTestBuilder.HealthCheck(provider).CheckHealthAsync(new());
        health.Status.Should().Be(HealthStatus.Degraded);
        health.Description.Should().Contain("GeoLite2-City.mmdb does not exist");
        builder.Logger.AtLeast(LogLevel.Warning).Should().ContainSingle()
            .Which.Should().Match<LogEntry>(entry =>
                entry.Level == LogLevel.Warning && entry.Message.Contains(_folder.Path));
    }

    [Fact]
    public async Task No_configured_path_gives_unknown_and_degraded_without_a_warning()
    {
        var builder = new GeoDatabaseTestBuilder("  ");
        using var provider = builder.Provider();

        var location = GeoDatabaseTestBuilder.Locator(provider).Locate(Listed);

        location.Should().Be(GeoLocation.Unknown);
        var health = await GeoDatabaseTestBuilder.HealthCheck(provider).CheckHealthAsync(new());
        health.Status.Should().Be(HealthStatus.Degraded);
        health.Description.Should().Contain("No GeoIP City database is configured");
        builder.Logger.AtLeast(LogLevel.Warning).Should().BeEmpty();
        provider.Refresh().Should().BeFalse();
    }

    [Fact]
    public async Task A_database_of_the_wrong_type_gives_unknown_degraded_and_an_error()
    {
        var path = _folder.Copy(GeoIpFixtures.Asn, "GeoLite2-City.mmdb");
        var builder = new GeoDatabaseTestBuilder(path);
        using var provider = builder.Provider();

        var location = GeoDatabaseTestBuilder.Locator(provider).Locate(Listed);

        location.Should().Be(GeoLocation.Unknown);
        var health = await GeoDatabaseTestBuilder.HealthCheck(provider).CheckHealthAsync(new());
        health.Status.Should().Be(HealthStatus.Degraded);
        health.Description.Should().Contain("GeoLite2-ASN").And.Contain("not a City database");
        var error = builder.Logger.AtLeast(LogLevel.Warning).Should().ContainSingle().Subject;
        error.Level.Should().Be(LogLevel.Error);
        error.Message.Should().Contain(path).And.Contain("GeoLite2-ASN");
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("garbled")]
    [InlineData("text")]
    [InlineData("empty")]
    public async Task A_damaged_file_gives_unknown_degraded_and_an_error_naming_it(string damage)
    {
        var path = WriteDamaged(damage);
        var builder = new GeoDatabaseTestBuilder(path);
        using var provider = builder.Provider();
        var locator = GeoDatabaseTestBuilder.Locator(provider);

        var locate = () => locator.Locate(Listed);

        locate.Should().NotThrow().Which.Should().Be(GeoLocation.Unknown);
        var health = await GeoDatabaseTestBuilder.HealthCheck(provider).CheckHealthAsync(new());
        health.Status.Should().Be(HealthStatus.Degraded);
        health.Description.Should().Contain("city.mmdb cannot be read")
            .And.NotContain(_folder.Path, "the description names the file, not the folder");
        var error = builder.Logger.AtLeast(LogLevel.Warning).Should().ContainSingle().Subject;
        error.Level.Should().Be(LogLevel.Error);
        error.Message.Should().Contain(path).And.Contain("damaged");
    }

    [Fact]
    public async Task A_failing_lookup_is_reported_once_and_marks_the_database_damaged()
    {
        var builder = new GeoDatabaseTestBuilder(GeoIpFixtures.CityV1);
        using var provider = builder.Provider();
        var database = provider.Snapshot.Database!;

        provider.ReportLookupFailure(database, new InvalidOperationException("bad record"));
        provider.ReportLookupFailure(database, new InvalidOperationException("bad record"));

        var health = await GeoDatabaseTestBuilder.HealthCheck(provider).CheckHealthAsync(new());
        health.Status.Should().Be(HealthStatus.Degraded);
        health.Description.Should().Contain("city-v1.mmdb is damaged").And.Contain("bad record");
        builder.Logger.AtLeast(LogLevel.Error).Should().ContainSingle();
        provider.Snapshot.Database.Should().BeSameAs(database, "what still works is still served");
    }

    public void Dispose() => _folder.Dispose();

    private string WriteDamaged(string damage)
    {
        const string Name = "city.mmdb";
        switch (damage)
        {
            case "truncated":
                return _folder.Truncated(GeoIpFixtures.CityV1, Name);
            case "garbled":
                return _folder.Garbled(GeoIpFixtures.CityV1, Name);
            case "text":
                File.WriteAllText(_folder.File(Name), "this is not a MaxMind database\n");
                return _folder.File(Name);
            default:
                File.WriteAllBytes(_folder.File(Name), []);
                return _folder.File(Name);
        }
    }
}
