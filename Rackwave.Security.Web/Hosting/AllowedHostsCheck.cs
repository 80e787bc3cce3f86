namespace Rackwave.Security.Web.Hosting;

/// <summary>
/// Links in e-mails (password reset, address confirmation) are built from the request's Host
/// header. With <c>AllowedHosts</c> left at "*", anyone can ask for a reset link that points at a
/// host of their choosing; listing the portal's real host names makes ASP.NET refuse other hosts.
/// </summary>
internal static partial class AllowedHostsCheck
{
    public static void WarnWhenOpen(WebApplication app)
    {
        if (app.Environment.IsDevelopment())
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
            Message = "AllowedHosts is \"*\": links in e-mails follow whatever Host a request names. "
                + "Set AllowedHosts to the portal's host names (for example AllowedHosts=portal.example.com)")]
        public static partial void OpenHosts(ILogger logger);
    }
}
