using Rackwave.Security.Web.Components.Shared;

namespace Rackwave.Security.Web.Hosting;

internal static class PreferenceEndpoints
{
    /// <summary>
    /// <c>GET /preferences/theme?dark=true&amp;returnUrl=/path</c>: remembers the colour scheme in a
    /// cookie and goes back. A plain link, so it works on static and interactive pages alike.
    /// Only local return addresses are followed.
    /// </summary>
    public static IEndpointRouteBuilder MapPreferenceEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/preferences/theme", (HttpContext http, string? dark, string? returnUrl) =>
        {
            var scheme = string.Equals(dark, "true", StringComparison.OrdinalIgnoreCase) ? "dark" : "light";
            http.Response.Cookies.Append(ViewerPreferences.ThemeCookie, scheme, new CookieOptions
            {
                Path = "/",
                MaxAge = TimeSpan.FromDays(365),
                SameSite = SameSiteMode.Lax,
                HttpOnly = true,
                IsEssential = true,
            });
            return Results.LocalRedirect(LocalUrl.OrHome(returnUrl));
        });
        return endpoints;
    }
}
