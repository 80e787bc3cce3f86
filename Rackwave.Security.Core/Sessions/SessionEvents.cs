using System.Text.Json.Serialization;
using Rackwave.Security.Audit;

namespace Rackwave.Security.Sessions;

/// <summary>
/// Something that happened to a session or an account, published after it is committed.
/// Records of plain data, so that a bus between servers can carry them as JSON.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SessionStarted), "started")]
[JsonDerivedType(typeof(SessionActivity), "activity")]
[JsonDerivedType(typeof(SessionEnded), "ended")]
[JsonDerivedType(typeof(SecurityEventRecorded), "audit")]
public abstract record SessionEvent(string? UserId);

/// <summary>A sign-in started a session.</summary>
public sealed record SessionStarted(SessionView Session) : SessionEvent(Session.UserId);

/// <summary>A session was used; published at most once per session per throttle interval.</summary>
public sealed record SessionActivity(Guid SessionId, string UserId, DateTime LastActiveAt, string? LastIp)
    : SessionEvent(UserId);

/// <summary>A session ended, for the recorded reason. It never comes back.</summary>
public sealed record SessionEnded(
    Guid SessionId,
    string UserId,
    SessionEndReason Reason,
    DateTime EndedAt,
    ActorKind ActorKind) : SessionEvent(UserId);

/// <summary>An audit entry was written (sign-ins, refusals, ends, credential changes).</summary>
public sealed record SecurityEventRecorded(AuditRecord Entry) : SessionEvent(Entry.UserId);
