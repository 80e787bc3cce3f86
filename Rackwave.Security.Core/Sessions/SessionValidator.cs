using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Rackwave.Security.Persistence;

namespace Rackwave.Security.Sessions;

/// <summary>
/// Answers, for every request and every live circuit, whether a token's session may be used
/// now. Timeouts are enforced here from the stored times (never from the cookie), and a session
/// found to have run out is ended on the spot. When the store cannot answer, the answer is
/// <see cref="SessionCheckStatus.Unavailable"/>: callers refuse, they never wave it through.
/// </summary>
public sealed partial class SessionValidator(
    IDbContextFactory<SecurityDbContext> dbFactory,
    SessionValidationCache cache,
    SessionActivityTracker activity,
    SessionTerminator terminator,
    IOptions<SessionPolicy> options,
    TimeProvider time,
    ILogger<SessionValidator> logger)
{
    public async Task<SessionCheck> ValidateAsync(string? token, CancellationToken ct = default)
    {
        if (!SessionToken.IsWellFormed(token))
        {
            return SessionCheck.Unknown;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var key = SessionValidationCache.KeyOf(SessionToken.Hash(token!));
        if (!cache.TryGet(key, now, out var session))
        {
            var loaded = await LoadAsync(key, ct).ConfigureAwait(false);
            if (loaded.Session is null)
            {
                return loaded.Check;
            }

            session = loaded.Session;
            cache.Add(key, session, now + options.Value.ValidationCacheDuration);
        }

        // Checked after the copy is cached: see SessionValidationCache for why this order matters.
        if (cache.TryGetEnded(session.Id, out var endedReason))
        {
            return SessionCheck.Ended(session.Id, endedReason);
        }

        return await EnforceTimeoutsAsync(session, now, ct).ConfigureAwait(false);
    }

    private async Task<(SessionCheck Check, SessionSnapshot? Session)> LoadAsync(string key, CancellationToken ct)
    {
        var hash = Convert.FromBase64String(key);
        try
        {
            var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
            await using (db.ConfigureAwait(false))
            {
                var row = await db.Sessions.AsNoTracking()
                    .Where(s => s.TokenHash == hash)
                    .Select(s => new { s.Id, s.UserId, s.StartedAt, s.ExpiresAt, s.LastActiveAt, s.EndReason })
                    .FirstOrDefaultAsync(ct)
                    .ConfigureAwait(false);
                if (row is null)
                {
                    return (SessionCheck.Unknown, null);
                }

                if (row.EndReason is { } reason)
                {
                    return (SessionCheck.Ended(row.Id, reason), null);
                }

                var snapshot = new SessionSnapshot(row.Id, row.UserId, row.StartedAt, row.ExpiresAt, row.LastActiveAt);
                return (SessionCheck.Active(snapshot), snapshot);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.StoreUnavailable(logger, ex);
            return (SessionCheck.Unavailable, null);
        }
    }

    private async Task<SessionCheck> EnforceTimeoutsAsync(SessionSnapshot session, DateTime now, CancellationToken ct)
    {
        var lastActive = activity.LastSeen(session.Id) is { } seen && seen > session.LastActiveAt
            ? seen
            : session.LastActiveAt;
        if (options.Value.RanOutBy(lastActive, session.ExpiresAt, now) is not { } reason)
        {
            return SessionCheck.Active(session);
        }

        try
        {
            await terminator.ExpireAsync(session.Id, reason, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Refused either way; the sweep records the end once the store answers again.
            Log.ExpireFailed(logger, session.Id, ex);
        }

        return SessionCheck.Ended(session.Id, reason);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1501, Level = LogLevel.Error,
            Message = "The session store did not answer; the request is refused")]
        public static partial void StoreUnavailable(ILogger logger, Exception exception);

        [LoggerMessage(EventId = 1502, Level = LogLevel.Warning,
            Message = "Session {SessionId} ran out but could not be marked as ended yet")]
        public static partial void ExpireFailed(ILogger logger, Guid sessionId, Exception exception);
    }
}
