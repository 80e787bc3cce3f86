using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rackwave.Security.Accounts;
using Rackwave.Security.Persistence;

namespace Rackwave.Security.Sessions;

/// <summary>Reads sessions for the account owner's views.</summary>
public sealed class SessionQueries(
    IDbContextFactory<SecurityDbContext> dbFactory,
    SessionActivityTracker activity,
    IOptions<SessionPolicy> options,
    TimeProvider time)
{
    /// <summary>
    /// The account's running sessions, most recently active first, with Last Active as this
    /// server knows it (including activity not yet written). Sessions that have run out but not
    /// yet been swept are left out: they can no longer be used.
    /// </summary>
    public async Task<IReadOnlyList<SessionView>> ListActiveAsync(string userId, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var idleCutoff = now - options.Value.IdleTimeout;
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var email = await db.EmailOfAsync(userId, ct).ConfigureAwait(false);
            var rows = await db.Sessions.AsNoTracking()
                .Where(s => s.UserId == userId && s.EndedAt == null && s.ExpiresAt > now)
                .ToListAsync(ct)
                .ConfigureAwait(false);
            return rows
                .Select(s => WithLiveActivity(SessionView.From(s, email)))
                .Where(s => s.LastActiveAt > idleCutoff)
                .OrderByDescending(s => s.LastActiveAt)
                .ToList();
        }
    }

    /// <summary>The account's sessions that ended within the recent window, newest end first.</summary>
    public async Task<IReadOnlyList<SessionView>> ListRecentlyEndedAsync(
        string userId,
        int limit = 50,
        CancellationToken ct = default)
    {
        var since = time.GetUtcNow().UtcDateTime - options.Value.RecentlyEndedWindow;
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var email = await db.EmailOfAsync(userId, ct).ConfigureAwait(false);
            var rows = await db.Sessions.AsNoTracking()
                .Where(s => s.UserId == userId && s.EndedAt != null && s.EndedAt >= since)
                .OrderByDescending(s => s.EndedAt)
                .Take(limit)
                .ToListAsync(ct)
                .ConfigureAwait(false);
            return rows.Select(s => SessionView.From(s, email)).ToList();
        }
    }

    private SessionView WithLiveActivity(SessionView view) =>
        activity.LastSeen(view.Id) is { } seen && seen > view.LastActiveAt
            ? view with { LastActiveAt = seen }
            : view;
}
