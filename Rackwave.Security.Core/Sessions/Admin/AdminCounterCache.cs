using Microsoft.EntityFrameworkCore;
using Rackwave.Security.Audit;
using Rackwave.Security.Persistence;

namespace Rackwave.Security.Sessions.Admin;

/// <summary>
/// The console's counters for all open consoles together, counted by the database at most once
/// per <see cref="MaxAge"/>. Each open console moves its own copy with the session events it
/// hears (<see cref="AdminCounters.Moved"/>) and takes a newer count when there is one.
/// </summary>
/// <remarks>
/// Measured on 1,000,000 stored sessions (the AdminConsole benchmark): each count reads one
/// partial index, tens of milliseconds per 250,000 running sessions; too much to repeat for each
/// reload of each console, cheap every few seconds. A count can miss an event that raced it, and
/// sessions that ran out wait for the sweep; the next count puts either right.
/// </remarks>
public sealed class AdminCounterCache(IDbContextFactory<SecurityDbContext> dbFactory, TimeProvider time) : IDisposable
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile AdminCounters? _latest;

    /// <summary>Counters counted no longer than <see cref="MaxAge"/> ago.</summary>
    public async Task<AdminCounters> GetAsync(CancellationToken ct = default)
    {
        if (Fresh() is { } fresh)
        {
            return fresh;
        }

        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            // Another console may have counted while this one waited.
            if (Fresh() is { } counted)
            {
                return counted;
            }

            var latest = await CountAsync(time.GetUtcNow().UtcDateTime, ct).ConfigureAwait(false);
            _latest = latest;
            return latest;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Counts now, bypassing the cache.</summary>
    public async Task<AdminCounters> CountAsync(DateTime now, CancellationToken ct = default)
    {
        var hourAgo = now - TimeSpan.FromHours(1);
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            // Each count reads one partial index from end to end and no table rows: the device
            // type index is the smallest over every running session; the account index gives
            // each account once.
            var sessions = await db.RunningSessionsThrough(SessionIndexNames.DeviceType)
                .CountAsync(ct)
                .ConfigureAwait(false);
            var accounts = await db.RunningSessionsThrough(SessionIndexNames.User)
                .Select(s => s.UserId)
                .Distinct()
                .CountAsync(ct)
                .ConfigureAwait(false);
            var signIns = await db.AuditEntries
                .CountAsync(a => a.Kind == AuditEventKind.SignedIn && a.OccurredAt > hourAgo, ct)
                .ConfigureAwait(false);
            return new AdminCounters(sessions, accounts, signIns, now);
        }
    }

    public void Dispose() => _gate.Dispose();

    private AdminCounters? Fresh() =>
        _latest is { } latest && time.GetUtcNow().UtcDateTime - latest.AsOf < MaxAge ? latest : null;
}
