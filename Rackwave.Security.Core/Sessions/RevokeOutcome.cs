namespace Rackwave.Security.Sessions;

public enum RevokeOutcome
{
    /// <summary>The session was running and is now ended.</summary>
    Revoked,

    /// <summary>It had already ended (perhaps a moment ago, by something else).</summary>
    AlreadyEnded,

    /// <summary>No such session that this actor may see. Another account's session reads the same.</summary>
    NotFound,

    /// <summary>The actor asked for an admin operation without being a security admin.</summary>
    Forbidden,

    /// <summary>The session the actor acted from had ended by the time the operation committed.</summary>
    ActorSessionEnded,
}
