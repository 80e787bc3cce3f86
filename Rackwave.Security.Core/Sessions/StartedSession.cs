namespace Rackwave.Security.Sessions;

/// <summary>A new session and the token to hand to its browser (the only time the token exists in clear).</summary>
public sealed record StartedSession(SessionView Session, string Token);
