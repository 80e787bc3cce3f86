using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Rackwave.Security.Locations;

/// <summary>
/// Reports whether sign-in locations can be resolved: healthy when a City database is loaded,
/// degraded (never unhealthy: sign-in works without locations) when it is not configured,
/// missing, damaged or of the wrong type.
/// <see cref="GeoLocationServiceCollectionExtensions.AddGeoLocation"/> registers the instance;
/// the app maps it with <c>AddHealthChecks().AddCheck&lt;GeoLocationHealthCheck&gt;(Name)</c>.
/// </summary>
public sealed class GeoLocationHealthCheck : IHealthCheck
{
    /// <summary>The name the check is registered under.</summary>
    public const string Name = "geolocation";

    private readonly GeoDatabaseProvider _provider;

    internal GeoLocationHealthCheck(GeoDatabaseProvider provider) => _provider = provider;

    /// <inheritdoc/>
    public Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context,
        CancellationToken cancellationToken = default)
    {
        var status = _provider.Snapshot.Status;
        var result = status.State == GeoDatabaseState.Loaded
            ? HealthCheckResult.Healthy(status.Description)
            : HealthCheckResult.Degraded(status.Description);

        return Task.FromResult(result);
    }
}
