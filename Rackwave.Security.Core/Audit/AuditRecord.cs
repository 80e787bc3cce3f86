using Rackwave.Security.Sessions;

namespace Rackwave.Security.Audit;

/// <summary>An audit entry as shown to people: the account owner's history and the admin feed.</summary>
public sealed record AuditRecord(
    long Id,
    DateTime OccurredAt,
    AuditEventKind Kind,
    string? UserId,
    string? UserEmail,
    Guid? SessionId,
    SessionEndReason? EndReason,
    ActorKind ActorKind,
    string? ActorEmail,
    string? Ip,
    string? Device,
    string? Location,
    string? Detail)
{
    public static AuditRecord From(AuditEntry e) => new(
        e.Id,
        e.OccurredAt,
        e.Kind,
        e.UserId,
        e.UserEmail,
        e.SessionId,
        e.EndReason,
        e.ActorKind,
        e.ActorEmail,
        e.Ip,
        e.Device,
        e.Location,
        e.Detail);
}
