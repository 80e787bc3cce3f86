using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Rackwave.Security.Web.Hosting;

/// <summary>
/// <c>/health</c> as JSON: the overall status and each check's status and plain description, so an
/// operator sees at once that, say, geolocation is degraded and why. Degraded still answers 200.
/// </summary>
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
                e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        };
        return http.Response.WriteAsync(JsonSerializer.Serialize(body, Json));
    }
}
