using Microsoft.Playwright;
using Rackwave.Security.Tests.Support;

namespace Rackwave.Security.Tests.Browser;

internal static class PageExtensions
{
    public const string SessionsPath = "/account/security/sessions";

    /// <summary>Signs in through the real form and waits for the landing page.</summary>
    public static async Task SignInAsync(this IPage page, string email, string password = PortalFactory.Password)
    {
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#Input\\.Email", email);
        await page.FillAsync("#Input\\.Password", password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
    }

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
