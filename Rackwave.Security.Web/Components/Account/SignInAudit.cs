using System.Text.RegularExpressions;
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
    HttpAuditOriginSource origins,
    ILogger<SignInAudit> logger)
{
    private const int MaxEmailLength = 256;

    /// <summary>What is shown for typed text that is no e-mail address.</summary>
    public const string NotAnEmail = "(not an e-mail address)";

    public async Task RecordFailureAsync(HttpContext http, string? email, ApplicationUser? user, string why)
    {
        user ??= string.IsNullOrEmpty(email) ? null : await users.FindByEmailAsync(email);
        Log.SignInRefused(logger, user?.Id, why);
        await audit.RecordAsync(
            AuditEventKind.SignInFailed,
            user?.Id,
            ActorKind.User,
            actorUserId: null,
            detail: why,
            userEmail: user?.Email ?? Attempted(email),
            origin: origins.From(http) with { SessionId = null });
    }

    /// <summary>
    /// The address typed for an account that does not exist, as admins will read it in the feed.
    /// Anyone can type anything there, so only a plain address is kept: ASCII letters, digits and
    /// <c>. _ % + -</c> before the @, a dotted host name after it. Free text ("URGENT:call…"),
    /// direction overrides, invisible or combining characters would otherwise reach admins as if
    /// the system had written them. Accounts here can only have such addresses anyway.
    /// </summary>
    internal static string? Attempted(string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return null;
        }

        var text = email.Trim();
        return text.Length <= MaxEmailLength && PlainAddress().IsMatch(text) ? text : NotAnEmail;
    }

    [GeneratedRegex(
        @"\A[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+\z",
        RegexOptions.None,
        matchTimeoutMilliseconds: 100)]
    private static partial Regex PlainAddress();

    private static partial class Log
    {
        [LoggerMessage(EventId = 3201, Level = LogLevel.Information,
            Message = "Sign-in refused for user {UserId}: {Why}")]
        public static partial void SignInRefused(ILogger logger, string? userId, string why);
    }
}
