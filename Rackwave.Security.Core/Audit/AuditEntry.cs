using Rackwave.Security.Sessions;

namespace Rackwave.Security.Audit;

/// <summary>
/// One security event, kept as data for the account owner and for admins (logs are for
/// operators). Denormalised on purpose: it must still read well after the session row or
/// even the account is gone.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; init; }

    public DateTime OccurredAt { get; init; }

    public AuditEventKind Kind { get; init; }

    /// <summary>The account the event is about (null for a failed sign-in to no known account).</summary>
    public string? UserId { get; init; }

    public string? UserEmail { get; init; }

    public Guid? SessionId { get; init; }

    public SessionEndReason? EndReason { get; init; }

    public ActorKind ActorKind { get; init; }

    public string? ActorUserId { get; init; }

    public string? ActorEmail { get; init; }

    public string? Ip { get; init; }

    /// <summary>"Chrome 125 · Windows PC", as shown at the time.</summary>
    public string? Device { get; init; }

    /// <summary>"London, United Kingdom", as shown at the time.</summary>
    public string? Location { get; init; }

    /// <summary>A short free-text detail, such as why a sign-in was refused.</summary>
    public string? Detail { get; init; }
}
