using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Rackwave.Security.Tests.Support;

namespace Rackwave.Security.Tests.Browser;

internal static class PageExtensions
{
    public const string SessionsPath = "/account/security/sessions";

    private static readonly Regex SignInPage = new("/Account/Login");

    /// <summary>Signs in through the real form and waits for the landing page.</summary>
    public static async Task SignInAsync(this IPage page, string email, string password = PortalFactory.Password)
    {
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#Input\\.Email", email);
        await page.FillAsync("#Input\\.Password", password);
        await page.ClickAsync("button[type=submit]");
        await Assertions.Expect(page).Not.ToHaveURLAsync(SignInPage);
    }

    /// <summary>
    /// Waits until the page has been sent to the sign-in page. This polls the address rather than
    /// waiting for a navigation event: a navigation the server starts can land between a check of
    /// the address and the start of such a wait, and that wait would then never end.
    /// </summary>
    public static Task ExpectSignInPageAsync(this IPage page) => Assertions.Expect(page).ToHaveURLAsync(SignInPage);

    /// <summary>
    /// Opens Active Sessions and waits until the circuit is up (a click before that is lost).
    /// </summary>
    public static async Task OpenSessionsAsync(this IPage page)
    {
        await page.GotoAsync(SessionsPath);
        await page.WaitForSelectorAsync("[data-testid=active-sessions][data-interactive=true]");
    }

    public static ILocator SessionRows(this IPage page) =>
        page.Locator("[data-testid=sessions-table] tbody tr:has(td[data-label])");
}
