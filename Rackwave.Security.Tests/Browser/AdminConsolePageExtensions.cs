using Microsoft.Playwright;

namespace Rackwave.Security.Tests.Browser;

internal static class AdminConsolePageExtensions
{
    public const string ConsolePath = "/admin/sessions";

    /// <summary>Opens the console and waits until its circuit is up (a click before that is lost).</summary>
    public static async Task OpenAdminConsoleAsync(this IPage page)
    {
        await page.GotoAsync(ConsolePath);
        await page.WaitForSelectorAsync("[data-testid=admin-sessions][data-interactive=true]");
    }

    /// <summary>
    /// Narrows the console to one account, as an admin types it. Other tests share the app, so
    /// every console test looks only at its own accounts.
    /// </summary>
    public static async Task FilterByEmailAsync(this IPage page, string email)
    {
        var input = page.Locator("[data-testid=filter-email] input");
        await input.FillAsync(email);
        await input.PressAsync("Enter");
    }

    public static ILocator AdminRows(this IPage page) =>
        page.Locator("[data-testid=admin-sessions-table] tbody tr:has(td[data-label])");
}
