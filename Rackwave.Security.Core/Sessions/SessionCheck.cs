namespace Rackwave.Security.Sessions;

public enum SessionCheckStatus
{
    /// <summary>The session is running: let the request through.</summary>
    Active,

    /// <summary>The session has ended (the reason says why): refuse and sign the client out.</summary>
    Ended,

    /// <summary>No session has this token (malformed, foreign, or deleted with its account).</summary>
    Unknown,

    /// <summary>The store could not answer. Refuse the request, but keep the cookie.</summary>
    Unavailable,
}

/// <summary>The answer to "may this token be used now?".</summary>
public sealed record SessionCheck(SessionCheckStatus Status, SessionSnapshot? Session, SessionEndReason? EndReason)
{
    public static SessionCheck Unknown { get; } = new(SessionCheckStatus.Unknown, null, null);

    public static SessionCheck Unavailable { get; } = new(SessionCheckStatus.Unavailable, null, null);

    public bool IsActive => Status == SessionCheckStatus.Active;

    public static SessionCheck Active(SessionSnapshot session) => new(SessionCheckStatus.Active, session, null);

    public static SessionCheck Ended(Guid? sessionId, SessionEndReason reason) =>
        new(SessionCheckStatus.Ended, null, reason) { EndedSessionId = sessionId };

    /// <summary>The id of the session that ended, when known.</summary>
    public Guid? EndedSessionId { get; private init; }
}
