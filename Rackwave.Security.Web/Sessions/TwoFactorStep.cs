using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Rackwave.Security.Persistence;

namespace Rackwave.Security.Web.Sessions;

/// <summary>
/// The password step of a two-factor sign-in, remembered until the code step. Identity's cookie
/// between the two holds only the user id, so a code entered after the password was changed (or
/// two-factor turned off and on) elsewhere would complete a sign-in whose password no longer
/// holds. The cookie also carries the account's security stamp as it was when the password was
/// checked; the session started at the code step is checked against that stamp.
/// </summary>
internal static class TwoFactorStep
{
    private const string StampClaim = "rackwave:stamp";

    /// <summary>Identity marks a sign-in completed with a second factor with this claim.</summary>
    private static readonly Claim SecondFactor = new("amr", "mfa");

    /// <summary>When Identity writes its two-factor cookie: adds the stamp the password was checked against.</summary>
    public static async Task RememberStampAsync(CookieSigningInContext context)
    {
        if (context.Principal?.Identity is not ClaimsIdentity identity
            || identity.FindFirst(ClaimTypes.Name)?.Value is not { } userId)
        {
            return;
        }

        var users = context.HttpContext.RequestServices.GetRequiredService<UserManager<ApplicationUser>>();
        if (await users.FindByIdAsync(userId) is { } user)
        {
            identity.AddClaim(new Claim(StampClaim, await users.GetSecurityStampAsync(user)));
        }
    }

    /// <summary>
    /// For a sign-in that completes a two-factor step: the stamp its password was checked against;
    /// otherwise null.
    /// </summary>
    public static async Task<string?> CheckedStampAsync(HttpContext http, ClaimsPrincipal signingIn, string userId)
    {
        if (!signingIn.HasClaim(SecondFactor.Type, SecondFactor.Value))
        {
            return null;
        }

        var step = await http.AuthenticateAsync(IdentityConstants.TwoFactorUserIdScheme);
        return step.Principal is { } principal && principal.FindFirstValue(ClaimTypes.Name) == userId
            ? principal.FindFirstValue(StampClaim)
            : null;
    }
}
