using System.ComponentModel.DataAnnotations;

namespace Rackwave.Security.Locations;

/// <summary>Where the GeoIP City database is, and how often it is checked for a new one.</summary>
public sealed class GeoIpOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "GeoIp";

    /// <summary>
    /// Path of a MaxMind GeoLite2-City or GeoIP2-City database (.mmdb), absolute or relative to
    /// the working directory. Default: empty, meaning no database: every location reads
    /// "Unknown location" and the "geolocation" health check reports degraded. A missing, damaged
    /// or non-City file has the same effect and never stops the app.
    /// </summary>
    public string CityDatabasePath { get; set; } = string.Empty;

    /// <summary>
    /// How often the file is checked (last write time and length) for a replacement, such as the
    /// one geoipupdate writes. Default 30 seconds; from 1 second to 1 minute, so that a new
    /// database is served within a minute of being written.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:01:00")]
    public TimeSpan ReloadCheckInterval { get; set; } = TimeSpan.FromSeconds(30);
}
