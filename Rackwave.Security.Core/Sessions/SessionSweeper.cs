using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Rackwave.Security.Persistence;

namespace Rackwave.Security.Sessions;

/// <summary>
/// Ends sessions as they run out, with their reason, so that lists, counts and open pages tell
/// the truth within about a second. It is not what keeps a timed-out session out: every
/// validation checks that itself.
/// </summary>
/// <remarks>
/// After each sweep it sleeps until the next running session is due to run out (its idle
/// timeout or its absolute lifetime), at least <see cref="MinimumGap"/> and at most
/// <see cref="SessionPolicy.SweepInterval"/> away. A busy store thus sweeps about once a second
/// and a quiet one rarely; each sweep is an index range read.
/// </remarks>
public sealed partial class SessionSweeper(
    IDbContextFactory<SecurityDbContext> dbFactory,
    SessionTerminator terminator,
    SessionActivityTracker activity,
    IOptions<SessionPolicy> options,
    TimeProvider time,
    ILogger<SessionSweeper> logger) : BackgroundService
{
    /// <summary>Sweeps are at least this far apart, so that expiries close together share one.</summary>
    public static readonly TimeSpan MinimumGap = TimeSpan.FromSeconds(1);

    private const int BatchSize = 500;

    /// <summary>
    /// How many of the least recently active sessions are weighed when looking for the next idle
    /// timeout. Their stored Last Active may lag activity this server has not written yet.
    /// </summary>
    private const int IdleHeadSize = 32;

    private static readonly TimeSpan RetryAfterFailure = TimeSpan.FromSeconds(10);

    private TaskCompletionSource<DateTime> _nextSleep = NewSleepSignal();

    /// <summary>
    /// Completes when the running sweeper next goes to sleep, with the time it will wake. The
    /// wake-up is already set on the clock by then, so moving the clock past it wakes the sweeper.
    /// </summary>
    public Task<DateTime> NextSleepAsync() => Volatile.Read(ref _nextSleep).Task;

    /// <summary>Ends every session past its absolute lifetime or idle timeout. Returns how many.</summary>
    public async Task<int> SweepOnceAsync(CancellationToken ct = default)
    {
        var total = 0;
        while (true)
        {
            var ended = await SweepBatchAsync(ct).ConfigureAwait(false);
            total += ended.Count;
            if (ended.Candidates < BatchSize)
            {
                break;
            }
        }

        if (total > 0)
        {
            Log.Swept(logger, total);
        }

        return total;
    }

    /// <summary>
    /// When the next running session runs out, as far as this server can tell, if that is
    /// sooner than <see cref="SessionPolicy.SweepInterval"/> from now; otherwise that interval.
    /// </summary>
    /// <remarks>
    /// Never later than a session's real end. The stored Last Active of the least active sessions
    /// is corrected by unwritten activity; when every one of them turns out to be kept alive by
    /// it, the answer is the stored time of the last one, which bounds all the others.
    /// </remarks>
    public async Task<DateTime> NextDueAsync(CancellationToken ct = default)
    {
        var policy = options.Value;
        var now = time.GetUtcNow().UtcDateTime;
        // A session that starts while the sweeper sleeps runs out no sooner than the shorter of
        // the two limits after its start, so no sleep is longer than that.
        var longest = new[] { policy.SweepInterval, policy.IdleTimeout, policy.AbsoluteLifetime }.Min();
        var next = now + longest;
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var running = db.Sessions.AsNoTracking().Where(s => s.EndedAt == null);
            var firstLimit = await running.OrderBy(s => s.ExpiresAt)
                .Select(s => (DateTime?)s.ExpiresAt)
                .FirstOrDefaultAsync(ct)
                .ConfigureAwait(false);
            var leastActive = await running.OrderBy(s => s.LastActiveAt)
                .Select(s => new { s.Id, s.LastActiveAt })
                .Take(IdleHeadSize)
                .ToListAsync(ct)
                .ConfigureAwait(false);

            if (firstLimit is { } limit && limit < next)
            {
                next = limit;
            }

            foreach (var session in leastActive)
            {
                var seen = activity.LastSeen(session.Id) is { } unwritten && unwritten > session.LastActiveAt
                    ? unwritten
                    : session.LastActiveAt;
                if (seen + policy.IdleTimeout < next)
                {
                    next = seen + policy.IdleTimeout;
                }
            }

            if (leastActive.Count == IdleHeadSize && leastActive[^1].LastActiveAt + policy.IdleTimeout < next)
            {
                next = leastActive[^1].LastActiveAt + policy.IdleTimeout;
            }
        }

        return next;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var lastSweep = DateTime.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan wait;
            try
            {
                lastSweep = time.GetUtcNow().UtcDateTime;
                await SweepOnceAsync(stoppingToken).ConfigureAwait(false);
                var due = await NextDueAsync(stoppingToken).ConfigureAwait(false);
                var now = time.GetUtcNow().UtcDateTime;

                // Something due already (the clock moved while sweeping): sweep again at once,
                // unless the last sweep was only just now, which would make this a busy loop.
                wait = due <= now && now - lastSweep >= MinimumGap ? TimeSpan.Zero
                    : due - now < MinimumGap ? MinimumGap
                    : due - now;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Log.SweepFailed(logger, ex);
                var interval = options.Value.SweepInterval;
                wait = RetryAfterFailure < interval ? RetryAfterFailure : interval;
            }

            if (wait > TimeSpan.Zero && !await SleepAsync(wait, stoppingToken).ConfigureAwait(false))
            {
                return;
            }
        }
    }

    private static TaskCompletionSource<DateTime> NewSleepSignal() =>
        new(TaskCreationOptions.RunContinuationsAsynchronously);

    private async Task<bool> SleepAsync(TimeSpan wait, CancellationToken ct)
    {
        try
        {
            var wake = time.GetUtcNow().UtcDateTime + wait;
            var sleep = Task.Delay(wait, time, ct);
            Interlocked.Exchange(ref _nextSleep, NewSleepSignal()).TrySetResult(wake);
            await sleep.ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task<(int Count, int Candidates)> SweepBatchAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var idleCutoff = now - options.Value.IdleTimeout;
        List<(Guid Id, DateTime LastActiveAt, DateTime ExpiresAt)> candidates;
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var rows = await db.Sessions.AsNoTracking()
                .Where(s => s.EndedAt == null && (s.ExpiresAt <= now || s.LastActiveAt <= idleCutoff))
                .OrderBy(s => s.LastActiveAt)
                .Select(s => new { s.Id, s.LastActiveAt, s.ExpiresAt })
                .Take(BatchSize)
                .ToListAsync(ct)
                .ConfigureAwait(false);
            candidates = rows.Select(r => (r.Id, r.LastActiveAt, r.ExpiresAt)).ToList();
        }

        var count = 0;
        foreach (var (id, stored, expiresAt) in candidates)
        {
            var lastActive = activity.LastSeen(id) is { } seen && seen > stored ? seen : stored;
            var reason = options.Value.RanOutBy(lastActive, expiresAt, now);
            if (reason is { } ran && await terminator.ExpireAsync(id, ran, ct).ConfigureAwait(false))
            {
                count++;
            }
        }

        // A batch of sessions kept alive by unwritten activity would be found again and again;
        // count it as the last batch and let the next tick, after a flush, look again.
        return (count, count == 0 ? 0 : candidates.Count);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1601, Level = LogLevel.Information, Message = "Swept {Count} sessions that ran out")]
        public static partial void Swept(ILogger logger, int count);

        [LoggerMessage(EventId = 1602, Level = LogLevel.Error, Message = "The session sweep failed; it will run again")]
        public static partial void SweepFailed(ILogger logger, Exception exception);
    }
}
