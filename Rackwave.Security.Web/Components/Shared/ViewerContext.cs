using System.Globalization;
using Humanizer;

namespace Rackwave.Security.Web.Components.Shared;

/// <summary>
/// Cascaded to every page: the viewer's colour scheme and time zone, and how times are shown to
/// them. Times are stored in UTC and converted here, at the last moment.
/// </summary>
public sealed class ViewerContext
{
    private readonly TimeZoneInfo _zone;
    private readonly string _zoneLabel;

    public ViewerContext(bool darkMode, string? timeZoneId)
    {
        DarkMode = darkMode;
        _zone = Find(timeZoneId);

        // The name the browser gave ("Asia/Kolkata"), not the system's alias for it ("Asia/Calcutta").
        _zoneLabel = _zone == TimeZoneInfo.Utc ? "UTC" : timeZoneId!;
    }

    public bool DarkMode { get; }

    /// <summary>The viewer's zone, or UTC until their browser has told us theirs.</summary>
    public TimeZoneInfo TimeZone => _zone;

    public bool KnowsTimeZone => _zone != TimeZoneInfo.Utc;

    /// <summary>"3 minutes ago", relative to <paramref name="now"/>.</summary>
    public static string Relative(DateTime utc, DateTime now) =>
        now - utc < TimeSpan.FromSeconds(45) ? "just now" : utc.Humanize(utcDate: true, dateToCompareAgainst: now);

    /// <summary>"3 Dec 2026, 17:04 (Europe/London)": the exact time in the viewer's zone.</summary>
    public string Exact(DateTime utc)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), _zone);
        return $"{local.ToString("d MMM yyyy, HH:mm:ss", CultureInfo.InvariantCulture)} ({ZoneLabel})";
    }

    /// <summary>"3 Dec 2026, 17:04": the date and time in the viewer's zone, without seconds.</summary>
    public string DateTimeShort(DateTime utc)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), _zone);
        return local.ToString("d MMM yyyy, HH:mm", CultureInfo.InvariantCulture);
    }

    private string ZoneLabel => _zoneLabel;

    private static TimeZoneInfo Find(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return TimeZoneInfo.Utc;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
    }
}
