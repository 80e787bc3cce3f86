using Microsoft.AspNetCore.Components;

namespace Rackwave.Security.Web.Sessions;

/// <summary>
/// Sends a page whose person is not (or no longer) signed in to the sign-in page, saying why when
/// their session ended. A session's end reaches a live page twice, through the layout's watch and
/// through the router turning anonymous; only the first sends the browser off, because a second
/// full-page load would cut the first one short.
/// </summary>
public sealed class SignInRedirect(NavigationManager navigation, SessionAuthenticationStateProvider sessionState)
{
    private int _sent;

    public void Go()
    {
        if (Interlocked.Exchange(ref _sent, 1) == 1)
        {
            return;
        }

        var query = new Dictionary<string, object?>
        {
            ["ReturnUrl"] = "/" + navigation.ToBaseRelativePath(navigation.Uri),
        };
        if (sessionState.HasEnded)
        {
            query["ended"] = sessionState.EndReason is { } reason
                ? SessionEndNotice.CodeOf(reason)
                : SessionEndNotice.UnknownCode;
        }

        var target = navigation.GetUriWithQueryParameters(navigation.ToAbsoluteUri("Account/Login").ToString(), query);
        navigation.NavigateTo(target, forceLoad: true);
    }
}
