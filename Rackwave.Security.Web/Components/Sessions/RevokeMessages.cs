using Rackwave.Security.Sessions;

namespace Rackwave.Security.Web.Components.Sessions;

/// <summary>What a person is told after asking to revoke a session, on any page that offers it.</summary>
public static class RevokeMessages
{
    public const string ActorSessionEnded = "This session has ended, so it can no longer revoke others.";

    /// <summary>The message for one revoke; <paramref name="whose"/> names the owner where that helps.</summary>
    public static string For(RevokeOutcome outcome, SessionView session, string whose = "") => outcome switch
    {
        RevokeOutcome.Revoked => $"Signed out {session.Device.ClientLabel} on {session.Device.DeviceName}{whose}.",
        RevokeOutcome.AlreadyEnded => "That session had already ended.",
        RevokeOutcome.ActorSessionEnded => ActorSessionEnded,
        _ => "That session no longer exists.",
    };
}
