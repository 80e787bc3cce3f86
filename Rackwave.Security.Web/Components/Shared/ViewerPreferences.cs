namespace Rackwave.Security.Web.Components.Shared;

/// <summary>
/// The viewer's display preferences, kept in two small cookies so that the very first render
/// (static or prerendered) already uses them: the colour scheme they chose, and the time zone
/// their browser reports (set by <c>wwwroot/js/viewer.js</c>).
/// </summary>
internal sealed record ViewerPreferences(bool DarkMode, string? TimeZone)
{
    public const string ThemeCookie = "rackwave.theme";
    public const string TimeZoneCookie = "rackwave.tz";

    private const int MaxTimeZoneLength = 64;

    public static ViewerPreferences From(HttpRequest request)
    {
        var dark = request.Cookies[ThemeCookie] == "dark";
        var zone = request.Cookies[TimeZoneCookie];
        if (zone is null || zone.Length > MaxTimeZoneLength)
        {
            zone = null;
        }

        return new ViewerPreferences(dark, zone);
    }
}
