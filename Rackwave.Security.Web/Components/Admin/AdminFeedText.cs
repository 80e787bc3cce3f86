using Rackwave.Security.Audit;
using Rackwave.Security.Sessions;
using Rackwave.Security.Web.Components.Audit;
using Rackwave.Security.Web.Components.Sessions;

namespace Rackwave.Security.Web.Components.Admin;

/// <summary>
/// How an audit entry reads in the admin feed. The account owner's wording ("revoked from your
/// iPhone") would mislead an admin, so ends say who ended the session; the rest reads as on the
/// owner's own page (<see cref="AuditText"/>).
/// </summary>
public static class AdminFeedText
{
    public static string Headline(AuditRecord entry, SessionPolicy policy) => entry.Kind switch
    {
        AuditEventKind.SessionEnded => Ended(entry, policy),
        _ => AuditText.Headline(entry, policy),
    };

    /// <summary>Whose account it was: the e-mail, or what was typed at a refused sign-in.</summary>
    public static string Account(AuditRecord entry) => entry.UserEmail switch
    {
        { Length: > 0 } email => email,
        _ when entry.Kind == AuditEventKind.SignInFailed => "Unknown account",
        _ => "Deleted account",
    };

    private static string Ended(AuditRecord entry, SessionPolicy policy) => entry.EndReason switch
    {
        SessionEndReason.RevokedByAdmin => entry.ActorEmail is { Length: > 0 } admin
            ? $"Session revoked by {admin}"
            : "Session revoked by a security admin",
        SessionEndReason.RevokedByUser when entry.ActorKind == ActorKind.Admin =>
            "Session revoked by the account owner from the admin console",
        SessionEndReason.RevokedByUser => "Session revoked by the account owner",
        SessionEndReason.SignedOut => "Signed out",
        SessionEndReason.PasswordChanged => "Session ended: password changed",
        SessionEndReason.TwoFactorChanged => "Session ended: two-factor authentication changed",
        SessionEndReason.AccountLocked => "Session ended: account locked",
        SessionEndReason.AccountDeleted => "Session ended: account deleted",
        { } reason => EndReasonText.Describe(reason, policy),
        null => "Session ended",
    };
}
