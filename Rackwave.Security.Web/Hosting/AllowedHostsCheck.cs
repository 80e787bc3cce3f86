using Rackwave.Security.Web.Components.Account;

namespace Rackwave.Security.Web.Hosting;

/// <summary>
/// Links in e-mails (password reset, address confirmation) start with <c>Accounts:PublicUrl</c>;
/// without it, with the request's Host header. With neither that nor <c>AllowedHosts</c> set, anyone
/// can ask for a reset link that points at a host of their choosing.
/// </summary>
internal static partial class AllowedHostsCheck
{
    /// <exception cref="InvalidOperationException"><c>Accounts:PublicUrl</c> is not an address.</exception>
    public static void CheckLinkOrigin(WebApplication app)
    {
        var publicUrl = AccountLinks.PublicUrlOf(app.Configuration);
        if (app.Environment.IsDevelopment() || publicUrl is not null)
        {
            return;
        }

        var allowed = app.Configuration["AllowedHosts"];
        if (string.IsNullOrWhiteSpace(allowed) || allowed.Split(';').Any(h => h.Trim() == "*"))
        {
            Log.OpenHosts(app.Logger);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 3501, Level = LogLevel.Warning,
            Message = "Neither Accounts:PublicUrl nor AllowedHosts is set: links in e-mails follow whatever Host a request "
                + "names. Set Accounts:PublicUrl to the portal's address (for example https://portal.example.com/)")]
        public static partial void OpenHosts(ILogger logger);
    }
}
