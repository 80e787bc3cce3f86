using Rackwave.Security.Web.Components.Account;

namespace Rackwave.Security.Web.Hosting;

/// <summary>
/// Links in e-mails (password reset, address confirmation) start with <c>Accounts:PublicUrl</c>;
/// without it, with the request's Host header. With neither that nor <c>AllowedHosts</c> set, anyone
/// can ask for a reset link that points at a host of their choosing.
/// </summary>
internal static partial class AllowedHostsCheck
{
    public const string Advice =
        "Set Accounts:PublicUrl to the portal's address (for example https://portal.example.com/), "
        + "or AllowedHosts to its host names";

    /// <summary>
    /// In Production the portal does not start while any Host could steer its e-mailed links;
    /// elsewhere outside Development it warns.
    /// </summary>
    /// <exception cref="InvalidOperationException">
    /// <c>Accounts:PublicUrl</c> is not an address, or in Production neither setting closes the gap.
    /// </exception>
    public static void CheckLinkOrigin(WebApplication app)
    {
        var publicUrl = AccountLinks.PublicUrlOf(app.Configuration);
        var allowed = app.Configuration["AllowedHosts"];
        var anyHost = string.IsNullOrWhiteSpace(allowed) || allowed.Split(';').Any(h => h.Trim() == "*");
        if (app.Environment.IsDevelopment() || publicUrl is not null || !anyHost)
        {
            return;
        }

        if (app.Environment.IsProduction())
        {
            throw new InvalidOperationException(
                "Links in e-mails (password reset) would follow whatever Host a request names. " + Advice + ".");
        }

        Log.OpenHosts(app.Logger);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 3501, Level = LogLevel.Warning,
            Message = "Neither Accounts:PublicUrl nor AllowedHosts is set: links in e-mails follow whatever "
                + "Host a request names. " + Advice + " (in Production the portal refuses to start without one)")]
        public static partial void OpenHosts(ILogger logger);
    }
}
