namespace Rackwave.Security.Audit;

/// <summary>What an audit entry records.</summary>
public enum AuditEventKind
{
    /// <summary>A sign-in succeeded and started a session.</summary>
    SignedIn,

    /// <summary>A sign-in was refused (wrong password, wrong code, locked account).</summary>
    SignInFailed,

    /// <summary>A session ended; the entry carries the end reason.</summary>
    SessionEnded,

    PasswordChanged,

    TwoFactorEnabled,

    TwoFactorDisabled,

    AccountLocked,

    AccountDeleted,

    /// <summary>The account's e-mail address (its sign-in name, where reset links go) changed.</summary>
    EmailChanged,
}
