using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Rackwave.Security.Accounts;
using Rackwave.Security.Persistence;
using Rackwave.Security.Sessions;
using Rackwave.Security.Sessions.Events;

namespace Rackwave.Security.Audit;

/// <summary>
/// Records security events that are not a session's start or end (those are written with the
/// session itself): refused sign-ins, password and two-factor changes, account locks and
/// deletions. Each is stored, then announced to live views.
/// </summary>
public sealed partial class AuditTrail(
    IDbContextFactory<SecurityDbContext> dbFactory,
    ISessionEventBus bus,
    TimeProvider time,
    ILogger<AuditTrail> logger)
{
    /// <summary>
    /// Records an event about an account (<paramref name="userId"/>, or none for a sign-in
    /// attempt on an unknown e-mail), done by <paramref name="actorUserId"/> (null: the system).
    /// </summary>
    public async Task RecordAsync(
        AuditEventKind kind,
        string? userId,
        ActorKind actorKind,
        string? actorUserId,
        string? detail = null,
        IPAddress? address = null,
        string? userEmail = null,
        AuditOrigin? origin = null,
        CancellationToken ct = default)
    {
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        AuditEntry entry;
        await using (db.ConfigureAwait(false))
        {
            var email = userEmail ?? await db.EmailOfAsync(userId, ct).ConfigureAwait(false);
            var actorEmail = actorUserId == userId
                ? email
                : await db.EmailOfAsync(actorUserId, ct).ConfigureAwait(false);
            entry = new AuditEntry
            {
                OccurredAt = time.GetUtcNow().UtcDateTime,
                Kind = kind,
                UserId = userId,
                UserEmail = Cap(email, 256),
                ActorKind = actorKind,
                ActorUserId = actorUserId,
                ActorEmail = actorEmail,
                SessionId = origin?.SessionId,
                Ip = (address ?? origin?.Address)?.ToString(),
                Device = Cap(origin?.Device, 256),
                Location = Cap(origin?.Location, 256),
                Detail = Cap(detail, 256),
            };
            db.AuditEntries.Add(entry);
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }

        try
        {
            await bus.PublishAsync(new SecurityEventRecorded(AuditRecord.From(entry)), ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.PublishFailed(logger, kind, ex);
        }
    }

    /// <summary>
    /// After an account is deleted: its e-mail address leaves every entry about it or by it. What
    /// happened, when, and from which address and device stays, as the security record, tied to
    /// an account id that no longer names anyone.
    /// </summary>
    public async Task ForgetEmailOfAsync(string userId, CancellationToken ct = default)
    {
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            await db.AuditEntries.Where(a => a.UserId == userId)
                .ExecuteUpdateAsync(set => set.SetProperty(a => a.UserEmail, (string?)null), ct)
                .ConfigureAwait(false);
            await db.AuditEntries.Where(a => a.ActorUserId == userId)
                .ExecuteUpdateAsync(set => set.SetProperty(a => a.ActorEmail, (string?)null), ct)
                .ConfigureAwait(false);
            await db.AuditEntries.Where(a => a.UserId == userId && a.Kind == AuditEventKind.EmailChanged)
                .ExecuteUpdateAsync(set => set.SetProperty(a => a.Detail, (string?)null), ct)
                .ConfigureAwait(false);
        }
    }

    private static string? Cap(string? value, int length) =>
        value is null || value.Length <= length ? value : value[..length];

    private static partial class Log
    {
        [LoggerMessage(EventId = 1701, Level = LogLevel.Warning,
            Message = "Recorded a {Kind} event but could not announce it to live views")]
        public static partial void PublishFailed(ILogger logger, AuditEventKind kind, Exception exception);
    }
}
