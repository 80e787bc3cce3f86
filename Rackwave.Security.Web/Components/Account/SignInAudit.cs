using Microsoft.AspNetCore.Identity;
using Rackwave.Security.Audit;
using Rackwave.Security.Persistence;
using Rackwave.Security.Sessions;
using Rackwave.Security.Web.Sessions;

namespace Rackwave.Security.Web.Components.Account;

/// <summary>
/// Records refused sign-ins for the account owner's history and the admin feed. A successful
/// sign-in is recorded with the session it starts, not here.
/// </summary>
internal sealed partial class SignInAudit(
    AuditTrail audit,
    UserManager<ApplicationUser> users,
    ClientContextFactory clients,
    ILogger<SignInAudit> logger)
{
    private const int MaxEmailLength = 256;

    public async Task RecordFailureAsync(HttpContext http, string? email, ApplicationUser? user, string why)
    {
        user ??= string.IsNullOrEmpty(email) ? null : await users.FindByEmailAsync(email);
        var attempted = email is { Length: > MaxEmailLength } ? email[..MaxEmailLength] : email;
        var address = clients.ClientAddressOf(http);
        Log.SignInRefused(logger, user?.Id, why);
        await audit.RecordAsync(
            AuditEventKind.SignInFailed,
            user?.Id,
            ActorKind.User,
            actorUserId: null,
            detail: why,
            address: address,
            userEmail: user?.Email ?? attempted);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 3201, Level = LogLevel.Information,
            Message = "Sign-in refused for user {UserId}: {Why}")]
        public static partial void SignInRefused(ILogger logger, string? userId, string why);
    }
}
