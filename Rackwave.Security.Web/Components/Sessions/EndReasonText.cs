using Rackwave.Security.Sessions;
using Rackwave.Security.Web.Sessions;

namespace Rackwave.Security.Web.Components.Sessions;

/// <summary>How an end reason reads to the account owner.</summary>
public static class EndReasonText
{
    public static string Describe(SessionEndReason reason, SessionPolicy policy) => reason switch
    {
        SessionEndReason.SignedOut => "Signed out",
        SessionEndReason.IdleTimeout => $"Expired after {DurationText.Of(policy.IdleTimeout)} without activity",
        SessionEndReason.AbsoluteLifetime => $"Ended: {DurationText.Adjective(policy.AbsoluteLifetime)} limit reached",
        SessionEndReason.RevokedByUser => "Revoked by you",
        SessionEndReason.RevokedByAdmin => "Revoked by a security admin",
        SessionEndReason.PasswordChanged => "Ended because your password was changed",
        SessionEndReason.TwoFactorChanged => "Ended because two-factor authentication was changed",
        SessionEndReason.AccountLocked => "Ended because the account was locked",
        SessionEndReason.AccountDeleted => "Ended because the account was deleted",
        _ => "Ended",
    };
}
