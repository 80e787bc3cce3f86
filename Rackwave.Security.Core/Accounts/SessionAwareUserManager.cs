using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Rackwave.Security.Audit;
using Rackwave.Security.Persistence;
using Rackwave.Security.Sessions;

namespace Rackwave.Security.Accounts;

/// <summary>
/// Identity's user manager, with one addition: every credential or account change that must
/// cut off existing sign-ins ends all of the account's sessions, with its own reason, and is
/// recorded. Doing it here rather than in each page means no caller can forget it.
/// </summary>
/// <remarks>
/// The device that made a password or two-factor change loses its session too; the page that
/// made the change signs it in again, which starts a brand-new session with a new token.
/// Lockouts caused by failed sign-in attempts do not end sessions (Identity sets those without
/// this class): otherwise anyone who knows an e-mail address could sign its owner out.
/// </remarks>
public sealed class SessionAwareUserManager(
    IUserStore<ApplicationUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<ApplicationUser> passwordHasher,
    IEnumerable<IUserValidator<ApplicationUser>> userValidators,
    IEnumerable<IPasswordValidator<ApplicationUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<ApplicationUser>> logger,
    SessionTerminator terminator,
    AuditTrail audit,
    IAuditOriginSource origins,
    TimeProvider time)
    : UserManager<ApplicationUser>(
        store, optionsAccessor, passwordHasher, userValidators, passwordValidators,
        keyNormalizer, errors, services, logger)
{
    public override async Task<IdentityResult> ChangePasswordAsync(
        ApplicationUser user, string currentPassword, string newPassword)
    {
        var result = await base.ChangePasswordAsync(user, currentPassword, newPassword);
        return await AfterPasswordChangeAsync(user, result, "With the current password");
    }

    public override async Task<IdentityResult> ResetPasswordAsync(
        ApplicationUser user, string token, string newPassword)
    {
        var result = await base.ResetPasswordAsync(user, token, newPassword);
        return await AfterPasswordChangeAsync(user, result, "Password reset by e-mail link");
    }

    public override async Task<IdentityResult> AddPasswordAsync(ApplicationUser user, string password)
    {
        var result = await base.AddPasswordAsync(user, password);
        return await AfterPasswordChangeAsync(user, result, "Password set");
    }

    public override async Task<IdentityResult> RemovePasswordAsync(ApplicationUser user)
    {
        var result = await base.RemovePasswordAsync(user);
        return await AfterPasswordChangeAsync(user, result, "Password removed");
    }

    public override async Task<IdentityResult> SetTwoFactorEnabledAsync(ApplicationUser user, bool enabled)
    {
        var wasEnabled = await GetTwoFactorEnabledAsync(user);
        var result = await base.SetTwoFactorEnabledAsync(user, enabled);
        if (result.Succeeded && wasEnabled != enabled)
        {
            await terminator.EndAllForAccountAsync(user.Id, SessionEndReason.TwoFactorChanged, ActorKind.User, user.Id);
            var kind = enabled ? AuditEventKind.TwoFactorEnabled : AuditEventKind.TwoFactorDisabled;
            await audit.RecordAsync(
                kind, user.Id, ActorKind.User, user.Id, userEmail: user.Email, origin: origins.Current());
        }

        return result;
    }

    public override async Task<IdentityResult> SetLockoutEndDateAsync(ApplicationUser user, DateTimeOffset? lockoutEnd)
    {
        var result = await base.SetLockoutEndDateAsync(user, lockoutEnd);
        if (result.Succeeded && lockoutEnd > time.GetUtcNow())
        {
            await terminator.EndAllForAccountAsync(user.Id, SessionEndReason.AccountLocked, ActorKind.System, null);
            await audit.RecordAsync(
                AuditEventKind.AccountLocked, user.Id, ActorKind.System, null,
                detail: $"Locked until {lockoutEnd:u}", userEmail: user.Email);
        }

        return result;
    }

    /// <summary>
    /// Recorded, with the old address, as it is where password-reset links go. Sessions carry on:
    /// the change was confirmed from the new address, and the password still guards the account.
    /// </summary>
    public override async Task<IdentityResult> ChangeEmailAsync(ApplicationUser user, string newEmail, string token)
    {
        var previous = user.Email;
        var result = await base.ChangeEmailAsync(user, newEmail, token);
        if (result.Succeeded)
        {
            await audit.RecordAsync(
                AuditEventKind.EmailChanged, user.Id, ActorKind.User, user.Id, $"From {previous}",
                userEmail: newEmail, origin: origins.Current());
        }

        return result;
    }

    public override async Task<IdentityResult> DeleteAsync(ApplicationUser user)
    {
        // Ended first, so that open circuits are signed out and the ends are recorded while the
        // account (and its e-mail for the record) still exists.
        await terminator.EndAllForAccountAsync(user.Id, SessionEndReason.AccountDeleted, ActorKind.User, user.Id);
        await audit.RecordAsync(
            AuditEventKind.AccountDeleted, user.Id, ActorKind.User, user.Id,
            userEmail: user.Email, origin: origins.Current());
        var result = await base.DeleteAsync(user);
        if (result.Succeeded)
        {
            await audit.ForgetEmailOfAsync(user.Id);
        }

        return result;
    }

    private async Task<IdentityResult> AfterPasswordChangeAsync(
        ApplicationUser user, IdentityResult result, string detail)
    {
        if (result.Succeeded)
        {
            await terminator.EndAllForAccountAsync(user.Id, SessionEndReason.PasswordChanged, ActorKind.User, user.Id);
            await audit.RecordAsync(
                AuditEventKind.PasswordChanged, user.Id, ActorKind.User, user.Id, detail,
                userEmail: user.Email, origin: origins.Current());
        }

        return result;
    }
}
