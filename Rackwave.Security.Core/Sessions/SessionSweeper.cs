using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Rackwave.Security.Persistence;

namespace Rackwave.Security.Sessions;

/// <summary>
/// Marks sessions that ran out as ended, with their reason, so that lists and counts tell the
/// truth. It is not what keeps a timed-out session out: every validation checks that itself.
/// </summary>
public sealed partial class SessionSweeper(
    IDbContextFactory<SecurityDbContext> dbFactory,
    SessionTerminator terminator,
    SessionActivityTracker activity,
    IOptions<SessionPolicy> options,
    TimeProvider time,
    ILogger<SessionSweeper> logger) : BackgroundService
{
    private const int BatchSize = 500;

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

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval, time);
        do
        {
            try
            {
                await SweepOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Log.SweepFailed(logger, ex);
            }
        }
        while (await WaitAsync(timer, stoppingToken).ConfigureAwait(false));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken ct)
    {
        try
        {
            return await timer.WaitForNextTickAsync(ct).ConfigureAwait(false);
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
        List<(Guid Id, DateTime ExpiresAt)> candidates;
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var rows = await db.Sessions.AsNoTracking()
                .Where(s => s.EndedAt == null && (s.ExpiresAt <= now || s.LastActiveAt <= idleCutoff))
                .OrderBy(s => s.LastActiveAt)
                .Select(s => new { s.Id, s.ExpiresAt })
                .Take(BatchSize)
                .ToListAsync(ct)
                .ConfigureAwait(false);
            candidates = rows.Select(r => (r.Id, r.ExpiresAt)).ToList();
        }

        var count = 0;
        foreach (var (id, expiresAt) in candidates)
        {
            SessionEndReason? reason = expiresAt <= now ? SessionEndReason.AbsoluteLifetime
                : activity.LastSeen(id) is not { } seen || seen <= idleCutoff ? SessionEndReason.IdleTimeout
                : null;
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
