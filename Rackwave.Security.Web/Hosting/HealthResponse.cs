using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Rackwave.Security.Locations;

namespace Rackwave.Security.Web.Hosting;

/// <summary>
/// <c>/health</c> as JSON: the overall status and each check's status and plain reason, so an
/// operator sees at once that, say, geolocation is degraded and why. Degraded still answers 200.
/// </summary>
/// <remarks>
/// The endpoint is anonymous, so it never shows a check's description or exception: those name
/// files and quote library errors (with .NET type names). The full detail is in the log, written
/// by the check's subject when the problem starts (GeoDatabaseProvider logs the path and the
/// exception), not on every poll.
/// </remarks>
internal static class HealthResponse
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                e => e.Key,
                e => new { status = e.Value.Status.ToString(), reason = ReasonOf(e.Value) }),
        };
        return http.Response.WriteAsync(JsonSerializer.Serialize(body, Json));
    }

    /// <summary>The reason a check offers for anyone to read, or a sentence from its status.</summary>
    private static string ReasonOf(HealthReportEntry entry) =>
        entry.Data.TryGetValue(GeoLocationHealthCheck.ReasonKey, out var reason) && reason is string text
            ? text
            : entry.Status switch
            {
                HealthStatus.Healthy => "Working.",
                HealthStatus.Degraded => "Working with reduced function; details are in the server log.",
                _ => "Not working; details are in the server log.",
            };
}
