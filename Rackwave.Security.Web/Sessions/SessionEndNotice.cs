using Rackwave.Security.Sessions;

namespace Rackwave.Security.Web.Sessions;

/// <summary>
/// The plain words the sign-in page shows a person whose session was ended, keyed by a short
/// code in the page address (<c>/Account/Login?ended=revoked</c>). A forged code only changes
/// which harmless sentence is shown.
/// </summary>
public static class SessionEndNotice
{
    public const string UnknownCode = "ended";

    public static string CodeOf(SessionEndReason reason) => reason switch
    {
        SessionEndReason.SignedOut => "signed-out",
        SessionEndReason.IdleTimeout => "idle",
        SessionEndReason.AbsoluteLifetime => "lifetime",
        SessionEndReason.RevokedByUser => "revoked",
        SessionEndReason.RevokedByAdmin => "revoked-by-admin",
        SessionEndReason.PasswordChanged => "password-changed",
        SessionEndReason.TwoFactorChanged => "two-factor-changed",
        SessionEndReason.AccountLocked => "locked",
        SessionEndReason.AccountDeleted => "deleted",
        _ => UnknownCode,
    };

    public static string? MessageFor(string? code, SessionPolicy policy) => code switch
    {
        null or "" => null,
        "signed-out" => "You have signed out of this device.",
        "idle" => $"You were signed out after {DurationText.Of(policy.IdleTimeout)} without activity. "
            + "Sign in again to continue.",
        "lifetime" => $"Your session reached its {DurationText.Adjective(policy.AbsoluteLifetime)} limit. "
            + "Sign in again to continue.",
        "revoked" => "Your session was ended from another device. Sign in again to continue.",
        "revoked-by-admin" => "Your session was ended by a security admin. Sign in again to continue.",
        "password-changed" => "Your password was changed, which ended this session. Sign in with the new password.",
        "two-factor-changed" =>
            "Two-factor authentication was turned on or off, which ended this session. Sign in again.",
        "locked" => "Your account is locked, so every session was ended.",
        "deleted" => "This account was deleted.",
        _ => "Your session has ended. Sign in again to continue.",
    };
}
