using System.Globalization;
using Humanizer;

namespace Rackwave.Security.Web.Sessions;

/// <summary>Policy durations as people say them: "24 hours", "30 days", and "30-day" before a noun.</summary>
public static class DurationText
{
    public static string Of(TimeSpan duration) => Parts(duration) is var (count, unit)
        ? $"{count.ToString(CultureInfo.InvariantCulture)} {(count == 1 ? unit : unit + "s")}"
        : duration.Humanize(precision: 2);

    public static string Adjective(TimeSpan duration) => Parts(duration) is var (count, unit)
        ? $"{count.ToString(CultureInfo.InvariantCulture)}-{unit}"
        : duration.Humanize(precision: 2);

    /// <summary>Whole days from 2 days up, else whole hours, else whole minutes; null otherwise.</summary>
    private static (long Count, string Unit)? Parts(TimeSpan d) => d switch
    {
        _ when d.Ticks % TimeSpan.TicksPerDay == 0 && d.TotalDays >= 2 => ((long)d.TotalDays, "day"),
        _ when d.Ticks % TimeSpan.TicksPerHour == 0 => ((long)d.TotalHours, "hour"),
        _ when d.Ticks % TimeSpan.TicksPerMinute == 0 => ((long)d.TotalMinutes, "minute"),
        _ => null,
    };
}
