using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Rackwave.Security.Accounts;
using Rackwave.Security.Audit;
using Rackwave.Security.Persistence;
using Rackwave.Security.Sessions.Events;

namespace Rackwave.Security.Sessions;

/// <summary>
/// Everything that ends sessions: a person revoking one or all others, an admin revoking,
/// sign-out, timeouts, credential and account changes.
/// </summary>
/// <remarks>
/// Ending is final and happens exactly once. The row is updated only while it is still running,
/// in the same transaction as its single audit entry, so two racing ends cannot both succeed and
/// nothing can bring the session back. After the commit this server forgets the session (before
/// the call returns, so its token is refused from then on), and the "ended" event signs out
/// every open circuit of it and drops it from every open dashboard.
/// </remarks>
public sealed partial class SessionTerminator(
    IDbContextFactory<SecurityDbContext> dbFactory,
    SessionValidationCache cache,
    SessionActivityTracker activity,
    ISessionEventBus bus,
    TimeProvider time,
    ILogger<SessionTerminator> logger)
{
    /// <summary>
    /// Ends one session for a person: one of their own (revoked by user) or, for a security
    /// admin, anyone's (revoked by admin). To anyone else, another account's session does not
    /// exist: the answer is <see cref="RevokeOutcome.NotFound"/> and nothing changes.
    /// </summary>
    public async Task<RevokeOutcome> RevokeAsync(SessionActor actor, Guid sessionId, CancellationToken ct = default)
    {
        var actorId = RequirePerson(actor);
        bool ownSession;
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var target = await db.Sessions
                .Where(s => s.Id == sessionId)
                .Select(s => new { s.UserId, s.EndedAt })
                .FirstOrDefaultAsync(ct)
                .ConfigureAwait(false);
            if (target is null)
            {
                return RevokeOutcome.NotFound;
            }

            ownSession = target.UserId == actorId;
            if (!ownSession && !await db.IsSecurityAdminAsync(actorId, ct).ConfigureAwait(false))
            {
                Log.ForeignRevokeRefused(logger, actorId, sessionId);
                return RevokeOutcome.NotFound;
            }

            if (target.EndedAt is not null)
            {
                return RevokeOutcome.AlreadyEnded;
            }
        }

        var request = ownSession
            ? new EndRequest(SessionEndReason.RevokedByUser, ActorKind.User, actorId, actor.SessionId)
            : new EndRequest(SessionEndReason.RevokedByAdmin, ActorKind.Admin, actorId, actor.SessionId);
        var result = await EndAsync([sessionId], request, ct).ConfigureAwait(false);
        return result.ActorSessionEnded ? RevokeOutcome.ActorSessionEnded
            : result.Ended.Count == 1 ? RevokeOutcome.Revoked
            : RevokeOutcome.AlreadyEnded;
    }

    /// <summary>
    /// Ends every running session of the actor's account except <paramref name="currentSessionId"/>,
    /// the one the actor uses (which must still be running when this commits). Returns how many ended.
    /// </summary>
    public async Task<(RevokeOutcome Outcome, int Count)> RevokeAllOthersAsync(
        SessionActor actor, Guid currentSessionId, CancellationToken ct = default)
    {
        var actorId = RequirePerson(actor);
        var others = await ActiveSessionIdsAsync(actorId, currentSessionId, ct).ConfigureAwait(false);
        var request = new EndRequest(SessionEndReason.RevokedByUser, ActorKind.User, actorId, currentSessionId);
        var result = await EndAsync(others, request, ct).ConfigureAwait(false);
        return result.ActorSessionEnded
            ? (RevokeOutcome.ActorSessionEnded, 0)
            : (result.Ended.Count > 0 ? RevokeOutcome.Revoked : RevokeOutcome.AlreadyEnded, result.Ended.Count);
    }

    /// <summary>
    /// An admin operation: ends every running session of an account. When admins use it on their
    /// own account, the session they are using (<paramref name="adminSessionId"/>) stays.
    /// </summary>
    public async Task<(RevokeOutcome Outcome, int Count)> RevokeAllForAccountAsync(
        SessionActor admin,
        string userId,
        Guid? adminSessionId,
        CancellationToken ct = default)
    {
        var adminId = RequirePerson(admin);
        if (!await IsAdminAsync(adminId, ct).ConfigureAwait(false))
        {
            Log.AdminOperationRefused(logger, adminId, userId);
            return (RevokeOutcome.Forbidden, 0);
        }

        var keep = userId == adminId ? adminSessionId : null;
        var ids = await ActiveSessionIdsAsync(userId, keep, ct).ConfigureAwait(false);
        var reason = userId == adminId ? SessionEndReason.RevokedByUser : SessionEndReason.RevokedByAdmin;
        var result = await EndAsync(ids, new EndRequest(reason, ActorKind.Admin, adminId, admin.SessionId), ct)
            .ConfigureAwait(false);
        return result.ActorSessionEnded
            ? (RevokeOutcome.ActorSessionEnded, 0)
            : (result.Ended.Count > 0 ? RevokeOutcome.Revoked : RevokeOutcome.AlreadyEnded, result.Ended.Count);
    }

    /// <summary>Ends the session a person signed out of, if it is theirs and still running.</summary>
    public async Task<bool> SignOutAsync(Guid sessionId, string userId, CancellationToken ct = default)
    {
        var request = new EndRequest(SessionEndReason.SignedOut, ActorKind.User, userId, OwnerId: userId);
        var result = await EndAsync([sessionId], request, ct).ConfigureAwait(false);
        return result.Ended.Count == 1;
    }

    /// <summary>
    /// Ends every running session of an account for a credential or account change, except
    /// <paramref name="exceptSessionId"/> when given. Returns how many ended.
    /// </summary>
    public async Task<int> EndAllForAccountAsync(
        string userId,
        SessionEndReason reason,
        ActorKind actorKind,
        string? actorUserId,
        Guid? exceptSessionId = null,
        CancellationToken ct = default)
    {
        var ids = await ActiveSessionIdsAsync(userId, exceptSessionId, ct).ConfigureAwait(false);
        var result = await EndAsync(ids, new EndRequest(reason, actorKind, actorUserId), ct).ConfigureAwait(false);
        return result.Ended.Count;
    }

    /// <summary>Ends a session that ran out (idle timeout or absolute lifetime).</summary>
    public async Task<bool> ExpireAsync(Guid sessionId, SessionEndReason reason, CancellationToken ct = default)
    {
        if (reason is not (SessionEndReason.IdleTimeout or SessionEndReason.AbsoluteLifetime))
        {
            throw new ArgumentOutOfRangeException(nameof(reason), reason, "Not a timeout.");
        }

        var result = await EndAsync([sessionId], new EndRequest(reason, ActorKind.System, null), ct)
            .ConfigureAwait(false);
        return result.Ended.Count == 1;
    }

    /// <summary>
    /// Ends a session that a sign-in started while the account's credentials were being changed:
    /// its password (or second factor) was checked before the change, its row written after the
    /// change had ended every session. The reason is that of the latest credential change.
    /// </summary>
    public async Task EndSupersededSignInAsync(Guid sessionId, string userId, CancellationToken ct = default)
    {
        AuditEventKind? change;
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            change = await db.AuditEntries
                .Where(a => a.UserId == userId && CredentialChanges.Contains(a.Kind))
                .OrderByDescending(a => a.Id)
                .Select(a => (AuditEventKind?)a.Kind)
                .FirstOrDefaultAsync(ct)
                .ConfigureAwait(false);
        }

        var reason = change switch
        {
            AuditEventKind.TwoFactorEnabled or AuditEventKind.TwoFactorDisabled => SessionEndReason.TwoFactorChanged,
            AuditEventKind.AccountLocked => SessionEndReason.AccountLocked,
            AuditEventKind.AccountDeleted => SessionEndReason.AccountDeleted,
            _ => SessionEndReason.PasswordChanged,
        };
        Log.SupersededSignIn(logger, sessionId, userId, reason);
        await EndAsync([sessionId], new EndRequest(reason, ActorKind.System, null, OwnerId: userId), ct)
            .ConfigureAwait(false);
    }

    private async Task<bool> IsAdminAsync(string userId, CancellationToken ct)
    {
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.IsSecurityAdminAsync(userId, ct).ConfigureAwait(false);
        }
    }

    private async Task<List<Guid>> ActiveSessionIdsAsync(string userId, Guid? except, CancellationToken ct)
    {
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.Sessions
                .Where(s => s.UserId == userId && s.EndedAt == null && s.Id != except)
                .Select(s => s.Id)
                .ToListAsync(ct)
                .ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The one place a session ends. Only rows still running are touched (and, with an owner,
    /// only that account's), each gets one audit entry in the same transaction, and only what this
    /// call ended is announced. When the request names the session the actor acts from, nothing
    /// ends unless that session is itself still running inside the same transaction.
    /// </summary>
    /// <remarks>
    /// SQLite runs write transactions one at a time (BEGIN IMMEDIATE), which makes the actor check
    /// and the updates atomic. A server database at READ COMMITTED would need the actor's row
    /// locked (SELECT … FOR UPDATE) for the same guarantee.
    /// </remarks>
    private async Task<EndResult> EndAsync(
        IReadOnlyCollection<Guid> sessionIds, EndRequest request, CancellationToken ct)
    {
        if (sessionIds.Count == 0)
        {
            return EndResult.Nothing;
        }

        var (reason, actorKind, actorUserId, actorSessionId, ownerId) = request;

        var now = time.GetUtcNow().UtcDateTime;
        List<UserSession> ended;
        List<AuditEntry> entries;
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var tx = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
            await using (tx.ConfigureAwait(false))
            {
                if (actorSessionId is { } acting
                    && !await db.Sessions.AnyAsync(s => s.Id == acting && s.EndedAt == null, ct).ConfigureAwait(false))
                {
                    return new EndResult([], ActorSessionEnded: true);
                }

                var endedIds = new List<Guid>(sessionIds.Count);
                foreach (var id in sessionIds)
                {
                    var changed = await db.Sessions
                        .Where(s => s.Id == id && s.EndedAt == null && (ownerId == null || s.UserId == ownerId))
                        .ExecuteUpdateAsync(
                            set => set
                                .SetProperty(s => s.EndedAt, now)
                                .SetProperty(s => s.EndReason, reason)
                                .SetProperty(s => s.EndedByUserId, actorUserId),
                            ct)
                        .ConfigureAwait(false);
                    if (changed == 1)
                    {
                        endedIds.Add(id);
                    }
                }

                if (endedIds.Count == 0)
                {
                    return EndResult.Nothing;
                }

                ended = await db.Sessions.AsNoTracking()
                    .Where(s => endedIds.Contains(s.Id))
                    .ToListAsync(ct)
                    .ConfigureAwait(false);
                var actorEmail = await db.EmailOfAsync(actorUserId, ct).ConfigureAwait(false);
                var emails = new Dictionary<string, string?>(StringComparer.Ordinal);
                foreach (var userId in ended.Select(s => s.UserId).Distinct())
                {
                    emails[userId] = await db.EmailOfAsync(userId, ct).ConfigureAwait(false);
                }

                entries = ended
                    .Select(s => SessionAuditEntries.Ended(s, emails[s.UserId], actorKind, actorUserId, actorEmail))
                    .ToList();
                db.AuditEntries.AddRange(entries);
                await db.SaveChangesAsync(ct).ConfigureAwait(false);
                await tx.CommitAsync(ct).ConfigureAwait(false);
            }
        }

        foreach (var session in ended)
        {
            cache.MarkEnded(session.Id, SessionValidationCache.KeyOf(session.TokenHash), reason, now);
            activity.Forget(session.Id);
            Log.SessionEnded(logger, session.Id, session.UserId, reason, actorKind);
        }

        await PublishAsync(ended, entries, reason, actorKind, now).ConfigureAwait(false);
        return new EndResult(ended, ActorSessionEnded: false);
    }

    private async Task PublishAsync(
        IReadOnlyList<UserSession> ended,
        IReadOnlyList<AuditEntry> entries,
        SessionEndReason reason,
        ActorKind actorKind,
        DateTime endedAt)
    {
        try
        {
            foreach (var session in ended)
            {
                await bus.PublishAsync(new SessionEnded(session.Id, session.UserId, reason, endedAt, actorKind))
                    .ConfigureAwait(false);
            }

            foreach (var entry in entries)
            {
                await bus.PublishAsync(new SecurityEventRecorded(AuditRecord.From(entry))).ConfigureAwait(false);
            }
        }
        catch (Exception ex)
        {
            // The sessions are ended in the store, which every server consults once its cached
            // copy expires; a lost announcement delays other servers, it never revives a session.
            Log.PublishFailed(logger, ended.Count, ex);
        }
    }

    private static readonly AuditEventKind[] CredentialChanges =
    [
        AuditEventKind.PasswordChanged, AuditEventKind.TwoFactorEnabled, AuditEventKind.TwoFactorDisabled,
        AuditEventKind.AccountLocked, AuditEventKind.AccountDeleted,
    ];

    private static string RequirePerson(SessionActor actor) =>
        actor.UserId ?? throw new ArgumentException("This operation is made by a person.", nameof(actor));

    /// <summary>Why sessions end and who ends them; with an owner, only that account's sessions.</summary>
    private sealed record EndRequest(
        SessionEndReason Reason,
        ActorKind ActorKind,
        string? ActorUserId,
        Guid? ActorSessionId = null,
        string? OwnerId = null);

    private sealed record EndResult(IReadOnlyList<UserSession> Ended, bool ActorSessionEnded)
    {
        public static EndResult Nothing { get; } = new([], ActorSessionEnded: false);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1301, Level = LogLevel.Information,
            Message = "Session {SessionId} of user {UserId} ended: {Reason} (by {ActorKind})")]
        public static partial void SessionEnded(
            ILogger logger, Guid sessionId, string userId, SessionEndReason reason, ActorKind actorKind);

        [LoggerMessage(EventId = 1302, Level = LogLevel.Information,
            Message = "User {ActorUserId} tried to revoke session {SessionId} of another account; refused")]
        public static partial void ForeignRevokeRefused(ILogger logger, string actorUserId, Guid sessionId);

        [LoggerMessage(EventId = 1303, Level = LogLevel.Warning,
            Message = "User {ActorUserId} is not a security admin; refused to end the sessions of {UserId}")]
        public static partial void AdminOperationRefused(ILogger logger, string actorUserId, string userId);

        [LoggerMessage(EventId = 1305, Level = LogLevel.Warning,
            Message = "Session {SessionId} of user {UserId} was signed in with credentials changed meanwhile; "
                + "ended: {Reason}")]
        public static partial void SupersededSignIn(
            ILogger logger, Guid sessionId, string userId, SessionEndReason reason);

        [LoggerMessage(EventId = 1304, Level = LogLevel.Error,
            Message = "Could not announce the end of {Count} sessions; other servers learn of it "
                + "when their cache expires")]
        public static partial void PublishFailed(ILogger logger, int count, Exception exception);
    }
}
