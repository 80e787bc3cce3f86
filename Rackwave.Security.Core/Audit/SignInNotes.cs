namespace Rackwave.Security.Audit;

/// <summary>
/// What the history says of how a session began, when it was not a plain sign-in: kept on the
/// device that changed the password or two-factor settings, or signed in with a recovery code.
/// Stored as the sign-in entry's detail.
/// </summary>
public static class SignInNotes
{
    public const string AfterPasswordChange = "the password change";
    public const string AfterTwoFactorChange = "the two-factor change";
    public const string WithRecoveryCode = "With a recovery code";

    /// <summary>Whether the session keeps a device signed in after a change made there.</summary>
    public static bool IsContinuation(string? note) => note is AfterPasswordChange or AfterTwoFactorChange;
}
