namespace Rackwave.Security.Sessions;

/// <summary>Why a session ended. Each session that ends has exactly one.</summary>
public enum SessionEndReason
{
    /// <summary>The person signed out on that device.</summary>
    SignedOut,

    /// <summary>No activity for longer than the idle timeout.</summary>
    IdleTimeout,

    /// <summary>The session reached its absolute lifetime, however active it was.</summary>
    AbsoluteLifetime,

    /// <summary>The account owner ended it from another session.</summary>
    RevokedByUser,

    /// <summary>A security admin ended it.</summary>
    RevokedByAdmin,

    /// <summary>The account's password was changed, reset, added or removed.</summary>
    PasswordChanged,

    /// <summary>Two-factor authentication was turned on or off.</summary>
    TwoFactorChanged,

    /// <summary>The account was locked.</summary>
    AccountLocked,

    /// <summary>The account was deleted.</summary>
    AccountDeleted,
}
