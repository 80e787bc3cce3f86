using Rackwave.Security.Sessions;

namespace Rackwave.Security.Audit;

/// <summary>Builds the audit entries of a session's start and end, as they read at the time.</summary>
internal static class SessionAuditEntries
{
    /// <param name="session">The session that started.</param>
    /// <param name="userEmail">Its owner's address, as it was then.</param>
    /// <param name="note">How it began, when not a plain sign-in (<see cref="SignInNotes"/>).</param>
    public static AuditEntry Started(UserSession session, string? userEmail, string? note = null) => new()
    {
        OccurredAt = session.StartedAt,
        Kind = AuditEventKind.SignedIn,
        UserId = session.UserId,
        UserEmail = userEmail,
        SessionId = session.Id,
        ActorKind = ActorKind.User,
        ActorUserId = session.UserId,
        ActorEmail = userEmail,
        Ip = session.StartIp,
        Device = DescribeDevice(session),
        Location = session.Location.Label,
        Detail = note,
    };

    public static AuditEntry Ended(
        UserSession session,
        string? userEmail,
        ActorKind actorKind,
        string? actorUserId,
        string? actorEmail) => new()
    {
        OccurredAt = session.EndedAt ?? throw new InvalidOperationException("The session has not ended."),
        Kind = AuditEventKind.SessionEnded,
        UserId = session.UserId,
        UserEmail = userEmail,
        SessionId = session.Id,
        EndReason = session.EndReason,
        ActorKind = actorKind,
        ActorUserId = actorUserId,
        ActorEmail = actorEmail,
        Ip = session.LastIp ?? session.StartIp,
        Device = DescribeDevice(session),
        Location = session.Location.Label,
    };

    /// <summary>"Chrome 125 · Windows PC".</summary>
    public static string DescribeDevice(UserSession session) => session.Device.Summary;
}
