using System.ComponentModel.DataAnnotations;

namespace Rackwave.Security.Sessions;

/// <summary>
/// Session policy, bound from the <c>Sessions</c> configuration section and checked at start.
/// </summary>
public sealed class SessionPolicy : IValidatableObject
{
    public const string SectionName = "Sessions";

    /// <summary>
    /// A session with no activity for this long ends. Shorter limits what a stolen but unused
    /// cookie is worth; longer signs people out less often. Default 24 hours.
    /// </summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// A session ends this long after sign-in however active it is, so that no cookie lives
    /// forever. Default 30 days; never shorter than <see cref="IdleTimeout"/>.
    /// </summary>
    public TimeSpan AbsoluteLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// How often remembered activity is written to the database. A busy user costs one write
    /// per interval, not one per request. Default 1 minute.
    /// </summary>
    public TimeSpan ActivityFlushInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// At most one "Last Active" update per session is pushed to open dashboards per interval.
    /// Default 30 seconds.
    /// </summary>
    public TimeSpan ActivityPublishInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The longest the sweep sleeps; it wakes sooner when a session is due to run out. Timeouts
    /// are enforced on every request regardless; the sweep keeps lists and counts true.
    /// Default 5 minutes.
    /// </summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long a validated session is remembered in memory before the database is asked
    /// again. Ending a session on this server forgets it at once. Default 30 seconds.
    /// </summary>
    public TimeSpan ValidationCacheDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How far back "Recently ended" reaches on the Active Sessions page. Default 7 days.</summary>
    public TimeSpan RecentlyEndedWindow { get; set; } = TimeSpan.FromDays(7);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, value) in Durations())
        {
            if (value <= TimeSpan.Zero)
            {
                yield return new ValidationResult($"Sessions:{name} must be positive; it is {value}.", [name]);
            }
        }

        if (IdleTimeout > AbsoluteLifetime)
        {
            yield return new ValidationResult(
                $"Sessions:IdleTimeout ({IdleTimeout}) must not exceed Sessions:AbsoluteLifetime ({AbsoluteLifetime}).",
                [nameof(IdleTimeout), nameof(AbsoluteLifetime)]);
        }
    }

    /// <summary>
    /// Which limit a session has run out by at <paramref name="now"/>, if any: when both have
    /// passed, the one reached first, so that a session left idle for a day before its thirty days
    /// were up reads "idle", whenever it is noticed.
    /// </summary>
    public SessionEndReason? RanOutBy(DateTime lastActiveAt, DateTime expiresAt, DateTime now)
    {
        var idleEnd = lastActiveAt + IdleTimeout;
        var idle = now >= idleEnd;
        var overdue = now >= expiresAt;
        return idle && (!overdue || idleEnd < expiresAt) ? SessionEndReason.IdleTimeout
            : overdue ? SessionEndReason.AbsoluteLifetime
            : null;
    }

    private IEnumerable<(string Name, TimeSpan Value)> Durations()
    {
        yield return (nameof(IdleTimeout), IdleTimeout);
        yield return (nameof(AbsoluteLifetime), AbsoluteLifetime);
        yield return (nameof(ActivityFlushInterval), ActivityFlushInterval);
        yield return (nameof(ActivityPublishInterval), ActivityPublishInterval);
        yield return (nameof(SweepInterval), SweepInterval);
        yield return (nameof(ValidationCacheDuration), ValidationCacheDuration);
        yield return (nameof(RecentlyEndedWindow), RecentlyEndedWindow);
    }
}
