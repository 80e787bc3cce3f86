using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Rackwave.Security.Audit;
using Rackwave.Security.Persistence;
using Rackwave.Security.Web.Sessions;

namespace Rackwave.Security.Web.Components.Account;

/// <summary>
/// After a password or two-factor change has ended every session of the account, keeps the
/// device that made the change signed in: on a brand-new session with a new token, never on the
/// old one (whose cookie is refused from then on).
/// </summary>
internal sealed class SessionContinuation(SignInManager<ApplicationUser> signInManager)
{
    public const string PasswordChange = SignInNotes.AfterPasswordChange;
    public const string TwoFactorChange = SignInNotes.AfterTwoFactorChange;

    /// <param name="http">The request that made the change.</param>
    /// <param name="user">Whose account it was.</param>
    /// <param name="change">What was changed, as the history names it (<see cref="PasswordChange"/>).</param>
    public async Task ContinueOnNewSessionAsync(HttpContext http, ApplicationUser user, string change)
    {
        // The ticket this request came in with still says whether the person chose "keep me signed in".
        var current = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var properties = new AuthenticationProperties { IsPersistent = current.Properties?.IsPersistent ?? false };
        properties.Items[SessionClaims.SignInNoteKey] = change;
        await signInManager.SignInAsync(user, properties);
    }
}
