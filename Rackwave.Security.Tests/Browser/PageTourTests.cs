using Microsoft.Playwright;
using Rackwave.Security.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Rackwave.Security.Tests.Browser;

/// <summary>
/// Visits every page at desktop and phone width, in light and dark, checks that each renders its
/// heading with no script error, and leaves a screenshot of each in <c>screenshots/</c> at the
/// repository root, for people to look at.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PageTourTests(BrowserFixture browser)
{
    private static readonly (string Name, int Width, int Height)[] Sizes =
        [("desktop", 1366, 900), ("laptop", 1280, 800), ("small", 1024, 768), ("phone", 390, 844)];

    private static readonly (string Name, string Path)[] SignedInPages =
    [
        ("sessions", PageExtensions.SessionsPath),
        ("activity", "/account/security/activity"),
        ("profile", "/Account/Manage"),
        ("email", "/Account/Manage/Email"),
        ("password", "/Account/Manage/ChangePassword"),
        ("two-factor", "/Account/Manage/TwoFactorAuthentication"),
        ("authenticator", "/Account/Manage/EnableAuthenticator"),
        ("admin-console", "/admin/sessions"),
        ("not-found", "/no/such/page"),
    ];

    private static readonly (string Name, string Path)[] AnonymousPages =
    [
        ("landing", "/"),
        ("sign-in", "/Account/Login"),
        ("sign-in-ended", "/Account/Login?ended=revoked"),
        ("register", "/Account/Register"),
        ("forgot-password", "/Account/ForgotPassword"),
        ("reset-link-invalid", "/Account/InvalidPasswordReset"),
        ("locked-out", "/Account/Lockout"),
    ];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Every_page_renders_cleanly_at_desktop_and_phone_width(bool dark)
    {
        var email = dark ? "grace.hopper@rackwave.test" : "ada.lovelace@rackwave.test";
        var user = await browser.Portal.CreateUserAsync(email, securityAdmin: true);
        var colleague = await browser.Portal.CreateUserAsync(
            dark ? "alan.turing@rackwave.test" : "edsger.dijkstra@rackwave.test");
        var colleagueDevice = await browser.NewDeviceAsync(userAgent: Agents.SafariOnMac);
        await colleagueDevice.SignInAsync(colleague.Email!);
        var other = await browser.NewDeviceAsync(userAgent: Agents.SafariOnIPhone);
        await other.SignInAsync(user.Email!);
        var mac = await browser.NewDeviceAsync(userAgent: Agents.SafariOnMac);
        await mac.SignInAsync(user.Email!);
        await mac.Locator("button:has-text('Sign out')").ClickAsync();

        foreach (var (size, width, height) in Sizes)
        {
            var visitor = await browser.NewDeviceAsync(width, height);
            await UseThemeAsync(visitor, dark);
            foreach (var (name, path) in AnonymousPages)
            {
                await VisitAsync(visitor, name, path, size, dark);
            }

            var page = await browser.NewDeviceAsync(width, height);
            await UseThemeAsync(page, dark);
            await page.SignInAsync(user.Email!);
            foreach (var (name, path) in SignedInPages)
            {
                await VisitAsync(page, name, path, size, dark);
            }

            await visitor.Context.CloseAsync();
            await page.Context.CloseAsync();
        }

        await other.Context.CloseAsync();
        await mac.Context.CloseAsync();
        await colleagueDevice.Context.CloseAsync();
    }

    private async Task VisitAsync(IPage page, string name, string path, string size, bool dark)
    {
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync(path);
        var interactive = page.Locator("[data-interactive=true]");
        if (await page.Locator("[data-interactive]").CountAsync() > 1
            || path.StartsWith("/account", StringComparison.Ordinal))
        {
            await Expect(interactive.First).ToBeAttachedAsync();
        }

        await Expect(page.Locator("h1").First).ToBeVisibleAsync();
        if (name == "admin-console")
        {
            // The console's table loads after the page does.
            await Expect(page.Locator("[data-testid=account-email]").First).ToBeVisibleAsync();
        }

        errors.Should().BeEmpty($"{path} should run without script errors");
        (await page.EvaluateAsync<string>(WiderThanTheWindow)).Should().BeEmpty(
            $"{path} at {size} width should fit the window, not scroll sideways");
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(RepositoryRoot.Screenshots, $"{name}-{size}-{(dark ? "dark" : "light")}.png"),
            FullPage = true,
        });
    }

    /// <summary>Names the elements that reach past the window's right edge (a table may scroll inside).</summary>
    private const string WiderThanTheWindow = """
        () => {
            if (document.documentElement.scrollWidth <= window.innerWidth) return '';
            return [...document.body.querySelectorAll('*')]
                .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
                .slice(0, 5)
                .map(e => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}`)
                .join(', ');
        }
        """;

    private async Task UseThemeAsync(IPage page, bool dark) =>
        await page.Context.AddCookiesAsync(
        [
            new Cookie { Name = "rackwave.theme", Value = dark ? "dark" : "light", Url = browser.BaseUrl },
        ]);
}
