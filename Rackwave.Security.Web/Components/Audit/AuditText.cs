using MudBlazor;
using Rackwave.Security.Audit;
using Rackwave.Security.Sessions;
using Rackwave.Security.Web.Components.Sessions;

namespace Rackwave.Security.Web.Components.Audit;

/// <summary>How an audit entry reads, in plain words, to the account owner and to admins.</summary>
public static class AuditText
{
    /// <summary>The headline: "Signed in on Chrome 125 · Windows PC · London, United Kingdom".</summary>
    public static string Headline(AuditRecord entry, SessionPolicy policy) => entry.Kind switch
    {
        AuditEventKind.SignedIn when SignInNotes.IsContinuation(entry.Detail) =>
            Join("Kept signed in on", entry.Device, entry.Location),
        AuditEventKind.SignedIn => Join("Signed in on", entry.Device, entry.Location),
        AuditEventKind.SignInFailed => "Failed sign-in attempt",
        AuditEventKind.SessionEnded => Ended(entry, policy),
        AuditEventKind.PasswordChanged => "Password changed",
        AuditEventKind.TwoFactorEnabled => "Two-factor authentication turned on",
        AuditEventKind.TwoFactorDisabled => "Two-factor authentication turned off",
        AuditEventKind.AccountLocked => "Account locked",
        AuditEventKind.AccountDeleted => "Account deleted",
        AuditEventKind.EmailChanged => entry.UserEmail is { } now
            ? $"E-mail address changed to {now}"
            : "E-mail address changed",
        _ => entry.Kind.ToString(),
    };

    /// <summary>
    /// The line under it: the device and place of an end, and how and from where a change or a
    /// refused sign-in was made.
    /// </summary>
    public static string? Detail(AuditRecord entry) => entry.Kind switch
    {
        AuditEventKind.SessionEnded => Join(null, entry.Device, entry.Location),
        AuditEventKind.SignedIn when SignInNotes.IsContinuation(entry.Detail) =>
            $"A new session, after {entry.Detail} made on this device",
        AuditEventKind.SignedIn => entry.Detail,
        AuditEventKind.SignInFailed or AuditEventKind.PasswordChanged or AuditEventKind.TwoFactorEnabled
            or AuditEventKind.TwoFactorDisabled or AuditEventKind.AccountLocked or AuditEventKind.EmailChanged
            => Join(null, entry.Detail, entry.Device, entry.Location) is { Length: > 0 } text ? text : null,
        _ => null,
    };

    public static string Icon(AuditRecord entry) => entry.Kind switch
    {
        AuditEventKind.SignedIn => Icons.Material.Outlined.Login,
        AuditEventKind.SignInFailed => Icons.Material.Outlined.GppBad,
        AuditEventKind.SessionEnded when entry.EndReason is SessionEndReason.IdleTimeout
            or SessionEndReason.AbsoluteLifetime => Icons.Material.Outlined.TimerOff,
        AuditEventKind.SessionEnded when entry.EndReason is SessionEndReason.SignedOut
            => Icons.Material.Outlined.Logout,
        AuditEventKind.SessionEnded => Icons.Material.Outlined.PhonelinkErase,
        AuditEventKind.PasswordChanged => Icons.Material.Outlined.Password,
        AuditEventKind.EmailChanged => Icons.Material.Outlined.AlternateEmail,
        AuditEventKind.TwoFactorEnabled or AuditEventKind.TwoFactorDisabled => Icons.Material.Outlined.PhonelinkLock,
        _ => Icons.Material.Outlined.Shield,
    };

    public static Color Tone(AuditRecord entry) => entry.Kind switch
    {
        AuditEventKind.SignInFailed or AuditEventKind.AccountLocked or AuditEventKind.AccountDeleted => Color.Error,
        AuditEventKind.SessionEnded when entry.EndReason is SessionEndReason.RevokedByAdmin => Color.Warning,
        AuditEventKind.SignedIn => Color.Success,
        _ => Color.Primary,
    };

    private static string Ended(AuditRecord entry, SessionPolicy policy) => entry.EndReason switch
    {
        SessionEndReason.RevokedByUser when entry.Device is { } device =>
            $"Revoked your session on {DeviceName(device)}",
        { } reason => EndReasonText.Describe(reason, policy),
        null => "Session ended",
    };

    /// <summary>"Chrome 125 · Mac" holds the device name after the separator.</summary>
    private static string DeviceName(string device)
    {
        var at = device.LastIndexOf(" · ", StringComparison.Ordinal);
        return at < 0 ? device : device[(at + 3)..];
    }

    private static string Join(string? lead, params string?[] parts)
    {
        var text = string.Join(" · ", parts.Where(p => !string.IsNullOrEmpty(p)));
        return lead is null ? text : $"{lead} {text}".TrimEnd();
    }
}
