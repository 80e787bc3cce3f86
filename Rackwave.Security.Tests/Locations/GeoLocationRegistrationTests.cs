using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Rackwave.Security.Locations;

namespace Rackwave.Security.Tests.Locations;

public sealed class GeoLocationRegistrationTests
{
    [Fact]
    public void AddGeoLocation_registers_a_locator_over_the_configured_database()
    {
        using var services = ServicesWith(new() { ["GeoIp:CityDatabasePath"] = GeoIpFixtures.CityV1 });
        services.GetRequiredService<IStartupValidator>().Validate();

        var locator = services.GetRequiredService<IGeoLocator>();

        locator.Should().BeSameAs(services.GetRequiredService<IGeoLocator>());
        locator.Locate(IPAddress.Parse("203.0.113.7")).Label.Should().Be("London, United Kingdom");
        services.GetRequiredService<GeoLocationHealthCheck>().Should().NotBeNull();
        services.GetServices<IHostedService>().Should().ContainSingle(service =>
            service is GeoDatabaseReloadService);
    }

    [Fact]
    public async Task The_health_check_reports_under_its_name_when_mapped_by_the_app()
    {
        var configuration = new ConfigurationBuilder().Build();
        var collection = new ServiceCollection().AddLogging().AddGeoLocation(configuration);
        collection.AddHealthChecks().AddCheck<GeoLocationHealthCheck>(GeoLocationHealthCheck.Name);
        using var services = collection.BuildServiceProvider();

        var report = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        report.Entries.Should().ContainKey("geolocation")
            .WhoseValue.Status.Should().Be(HealthStatus.Degraded);
    }

    [Fact]
    public void The_reload_check_interval_defaults_to_30_seconds()
    {
        using var services = ServicesWith([]);

        var options = services.GetRequiredService<IOptions<GeoIpOptions>>().Value;

        options.ReloadCheckInterval.Should().Be(TimeSpan.FromSeconds(30));
        options.CityDatabasePath.Should().BeEmpty();
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("00:00:00.500")]
    [InlineData("00:01:01")]
    [InlineData("01:00:00")]
    public void An_interval_out_of_range_stops_the_app_at_start(string interval)
    {
        using var services = ServicesWith(new() { ["GeoIp:ReloadCheckInterval"] = interval });

        var start = () => services.GetRequiredService<IStartupValidator>().Validate();

        start.Should().Throw<OptionsValidationException>().WithMessage("*ReloadCheckInterval*");
    }

    private static ServiceProvider ServicesWith(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection()
            .AddLogging()
            .AddGeoLocation(configuration)
            .BuildServiceProvider();
    }
}
