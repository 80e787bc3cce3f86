using System.Net;
using Microsoft.AspNetCore.Identity;
using Rackwave.Security.Persistence;

namespace Rackwave.Security.Web.Components.Account;

/// <summary>
/// Identity's account e-mails (confirmation, password reset), written to the log instead of sent.
/// </summary>
/// <remarks>
/// Limitation: no mail transport is wired up, so outside a demo an operator must read links from
/// the log. The links are secrets; the log must be treated as such.
/// </remarks>
internal sealed partial class LoggingEmailSender(ILogger<LoggingEmailSender> logger) : IEmailSender<ApplicationUser>
{
    // Identity hands these links over HTML-encoded, ready for an HTML body; the log gets them plain,
    // so that they work when copied.
    public Task SendConfirmationLinkAsync(ApplicationUser user, string email, string confirmationLink)
    {
        Log.Mail(logger, email, "Confirm your e-mail address", WebUtility.HtmlDecode(confirmationLink));
        return Task.CompletedTask;
    }

    public Task SendPasswordResetLinkAsync(ApplicationUser user, string email, string resetLink)
    {
        Log.Mail(logger, email, "Reset your password", WebUtility.HtmlDecode(resetLink));
        return Task.CompletedTask;
    }

    public Task SendPasswordResetCodeAsync(ApplicationUser user, string email, string resetCode)
    {
        Log.Mail(logger, email, "Your password reset code", resetCode);
        return Task.CompletedTask;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 3101, Level = LogLevel.Warning,
            Message = "No mail transport is configured. Mail to {Email}, \"{Subject}\": {Link}")]
        public static partial void Mail(ILogger logger, string email, string subject, string link);
    }
}
