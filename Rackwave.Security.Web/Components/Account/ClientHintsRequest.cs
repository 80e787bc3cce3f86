namespace Rackwave.Security.Web.Components.Account;

/// <summary>
/// Asks Chromium browsers for the User-Agent Client Hints that its frozen User-Agent no longer
/// carries (Windows version, phone model, full browser version). The browser sends them with
/// its next requests, so the sign-in form's POST has them.
/// </summary>
internal static class ClientHintsRequest
{
    private const string Hints = "Sec-CH-UA-Platform, Sec-CH-UA-Platform-Version, Sec-CH-UA-Model, "
        + "Sec-CH-UA-Mobile, Sec-CH-UA-Full-Version-List";

    public static void AskForClientHints(this HttpContext http)
    {
        if (!http.Response.HasStarted)
        {
            http.Response.Headers["Accept-CH"] = Hints;
        }
    }
}
