using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Rackwave.Security.Locations;

/// <summary>
/// Reports whether sign-in locations can be resolved: healthy when a City database is loaded,
/// degraded (never unhealthy: sign-in works without locations) when it is not configured,
/// missing, damaged or of the wrong type.
/// <see cref="GeoLocationServiceCollectionExtensions.AddGeoLocation"/> registers the instance;
/// the app maps it with <c>AddHealthChecks().AddCheck&lt;GeoLocationHealthCheck&gt;(Name)</c>.
/// </summary>
/// <remarks>
/// The description names the file and quotes the reader's error, for operators and the log. The
/// health endpoint is anonymous, so the result also carries, under <see cref="ReasonKey"/>, a
/// plain reason with neither: file names and library messages tell an outsider how the server is
/// laid out and what it runs.
/// </remarks>
public sealed class GeoLocationHealthCheck : IHealthCheck
{
    /// <summary>The name the check is registered under.</summary>
    public const string Name = "geolocation";

    /// <summary>The data key of a reason fit for anyone to read: no file names, no error text.</summary>
    public const string ReasonKey = "reason";

    private readonly GeoDatabaseProvider _provider;

    internal GeoLocationHealthCheck(GeoDatabaseProvider provider) => _provider = provider;

    /// <inheritdoc/>
    public Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context,
        CancellationToken cancellationToken = default)
    {
        var snapshot = _provider.Snapshot;
        var status = snapshot.Status;
        var data = new Dictionary<string, object> { [ReasonKey] = Reason(snapshot) };
        var result = status.State == GeoDatabaseState.Loaded
            ? HealthCheckResult.Healthy(status.Description, data)
            : HealthCheckResult.Degraded(status.Description, data: data);

        return Task.FromResult(result);
    }

    private static string Reason(GeoDatabaseSnapshot snapshot)
    {
        var reason = snapshot.Status.State switch
        {
            GeoDatabaseState.Loaded => "The City database is loaded.",
            GeoDatabaseState.NotConfigured => "No City database is configured.",
            GeoDatabaseState.NotLoaded => "The City database is not loaded yet.",
            GeoDatabaseState.Missing => "The City database file is missing.",
            GeoDatabaseState.WrongType => "The configured file is not a City database.",
            _ => "The City database could not be read.",
        };

        return snapshot.Database is not null && snapshot.Status.State != GeoDatabaseState.Loaded
            ? reason + " The copy loaded before is still served."
            : reason;
    }
}
