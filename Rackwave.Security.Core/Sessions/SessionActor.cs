namespace Rackwave.Security.Sessions;

/// <summary>Who caused something to happen to a session.</summary>
public enum ActorKind
{
    /// <summary>The account owner.</summary>
    User,

    /// <summary>A security admin acting on someone's account (or their own, from the console).</summary>
    Admin,

    /// <summary>The service itself: timeouts, account changes made by no signed-in person.</summary>
    System,
}

/// <summary>
/// The person (or the system) asking for a session operation. Only the user id is trusted;
/// whether that user may act as an admin is checked against the store by the operation itself.
/// When the person acts from a session (<see cref="SessionId"/>), that session must still be
/// running when the operation commits: a session that was just ended cannot end others.
/// </summary>
public sealed record SessionActor(string? UserId, Guid? SessionId = null)
{
    public static SessionActor System { get; } = new((string?)null);

    public bool IsSystem => UserId is null;

    public static SessionActor ForUser(string userId, Guid? fromSession = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        return new SessionActor(userId, fromSession);
    }
}
