using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Rackwave.Security.Tests.Locations;
using Rackwave.Security.Tests.Support;

namespace Rackwave.Security.Tests.Hosting;

/// <summary>
/// <c>/health</c> is anonymous: it tells anyone each check's status and a plain reason, and never
/// the file names or library error text that the checks' descriptions (and the log) hold.
/// </summary>
public sealed class HealthEndpointHttpTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_healthy_app_says_so_with_a_reason_per_check()
    {
        using var factory = new PortalFactory();
        using var client = PortalClient.Create(factory);

        var (status, body) = await HealthAsync(client);

        status.Should().Be(HttpStatusCode.OK);
        body.GetProperty("status").GetString().Should().Be("Healthy");
        var geolocation = body.GetProperty("checks").GetProperty("geolocation");
        geolocation.GetProperty("status").GetString().Should().Be("Healthy");
        geolocation.GetProperty("reason").GetString().Should().Be("The City database is loaded.");
        body.GetProperty("checks").GetProperty("database").GetProperty("reason").GetString()
            .Should().Be("Working.");
    }

    [Fact]
    public async Task A_damaged_database_reads_degraded_with_a_plain_reason_and_no_detail()
    {
        var path = _folder.Garbled(GeoIpFixtures.CityV1, "GeoLite2-City.mmdb");
        using var factory = new PortalFactory();
        factory.Settings["GeoIp:CityDatabasePath"] = path;
        using var client = PortalClient.Create(factory);

        var response = await client.GetAsync("/health");
        var text = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK, "degraded still answers 200");
        var geolocation = JsonDocument.Parse(text).RootElement.GetProperty("checks").GetProperty("geolocation");
        geolocation.GetProperty("status").GetString().Should().Be("Degraded");
        geolocation.GetProperty("reason").GetString().Should().Be("The City database could not be read.");
        geolocation.TryGetProperty("description", out _).Should().BeFalse();
        text.Should().NotContain("GeoLite2-City.mmdb").And.NotContain(_folder.Path).And.NotContain("System.");

        // The detail exists, for operators: the endpoint leaves it out rather than never having it.
        var report = await factory.Get<HealthCheckService>().CheckHealthAsync();
        report.Entries["geolocation"].Description.Should().Contain("GeoLite2-City.mmdb cannot be read");
    }

    public void Dispose() => _folder.Dispose();

    private static async Task<(HttpStatusCode Status, JsonElement Body)> HealthAsync(PortalClient client)
    {
        var response = await client.GetAsync("/health");
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }
}
