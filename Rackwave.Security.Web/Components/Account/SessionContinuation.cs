using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Rackwave.Security.Persistence;

namespace Rackwave.Security.Web.Components.Account;

/// <summary>
/// After a password or two-factor change has ended every session of the account, keeps the
/// device that made the change signed in: on a brand-new session with a new token, never on the
/// old one (whose cookie is refused from then on).
/// </summary>
internal sealed class SessionContinuation(SignInManager<ApplicationUser> signInManager)
{
    public async Task ContinueOnNewSessionAsync(HttpContext http, ApplicationUser user)
    {
        // The ticket this request came in with still says whether the person chose "keep me signed in".
        var current = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var persistent = current.Properties?.IsPersistent ?? false;
        await signInManager.SignInAsync(user, isPersistent: persistent);
    }
}
