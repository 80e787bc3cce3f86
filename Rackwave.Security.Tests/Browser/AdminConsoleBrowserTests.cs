using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Rackwave.Security.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class AdminConsoleBrowserTests(BrowserFixture browser)
{
    private const string IPhone = Support.SessionTestHost.SafariOnIPhone;

    [Fact]
    public async Task A_sign_in_elsewhere_appears_live_and_revoking_it_signs_that_device_out()
    {
        var admin = await browser.Portal.CreateUserAsync($"admin-{Guid.NewGuid():N}@example.com", securityAdmin: true);
        var user = await browser.Portal.CreateUserAsync($"{Guid.NewGuid():N}@example.com");
        var console = await browser.NewDeviceAsync();
        await console.SignInAsync(admin.Email!);
        await console.OpenAdminConsoleAsync();
        await console.FilterByEmailAsync(user.Email!);
        await Expect(console.Locator("[data-testid=admin-empty]"))
            .ToContainTextAsync("No sessions match these filters");

        var phone = await browser.NewDeviceAsync(390, 844, IPhone);
        await phone.SignInAsync(user.Email!);
        await phone.OpenSessionsAsync();

        await Expect(console.AdminRows()).ToHaveCountAsync(1);
        await Expect(console.AdminRows().Nth(0)).ToContainTextAsync(user.Email!);
        await Expect(console.AdminRows().Nth(0)).ToContainTextAsync("iPhone");
        await console.AdminRows().Nth(0).Locator("[data-testid=revoke]").ClickAsync();

        await Expect(console.AdminRows()).ToHaveCountAsync(0);
        await phone.ExpectSignInPageAsync();
        await Expect(phone.Locator("[data-testid=session-ended-notice]")).ToBeVisibleAsync();
        await Expect(console.Locator("[data-testid=admin-feed]"))
            .ToContainTextAsync($"Session revoked by {admin.Email}");

        await console.Context.CloseAsync();
        await phone.Context.CloseAsync();
    }

    [Fact]
    public async Task Typing_a_filter_narrows_the_list_so_the_first_click_on_revoke_lands()
    {
        var admin = await browser.Portal.CreateUserAsync($"admin-{Guid.NewGuid():N}@example.com", securityAdmin: true);
        var user = await browser.Portal.CreateUserAsync($"{Guid.NewGuid():N}@example.com");
        var phone = await browser.NewDeviceAsync(390, 844, IPhone);
        await phone.SignInAsync(user.Email!);
        await phone.OpenSessionsAsync();
        var console = await browser.NewDeviceAsync();
        await console.SignInAsync(admin.Email!);
        await console.OpenAdminConsoleAsync();

        // Typed, with no Enter and the cursor still in the field, as a person does.
        var input = console.Locator("[data-testid=filter-email] input");
        await input.ClickAsync();
        await input.PressSequentiallyAsync(user.Email!);
        await Expect(console.AdminRows()).ToHaveCountAsync(1);
        await console.AdminRows().Nth(0).Locator("[data-testid=revoke]").ClickAsync();

        await Expect(console.AdminRows()).ToHaveCountAsync(0);
        await phone.ExpectSignInPageAsync();
        await console.Context.CloseAsync();
        await phone.Context.CloseAsync();
    }

    [Fact]
    public async Task A_live_reload_keeps_the_rows_that_stay_so_a_click_under_way_still_lands()
    {
        var admin = await browser.Portal.CreateUserAsync($"admin-{Guid.NewGuid():N}@example.com", securityAdmin: true);
        var user = await browser.Portal.CreateUserAsync($"{Guid.NewGuid():N}@example.com");
        var console = await browser.NewDeviceAsync();
        await console.SignInAsync(admin.Email!);
        await console.OpenAdminConsoleAsync();
        await console.FilterByEmailAsync(user.Email!);
        var laptop = await browser.NewDeviceAsync();
        await laptop.SignInAsync(user.Email!);
        await Expect(console.AdminRows()).ToHaveCountAsync(1);
        await console.Locator("th:has-text('Signed in') .mud-table-sort-label").ClickAsync();
        var button = await console.AdminRows().Nth(0).Locator("[data-testid=revoke]").ElementHandleAsync();

        // Oldest sign-in first: the new session is added below, the first row stays where it is.
        var phone = await browser.NewDeviceAsync(390, 844, IPhone);
        await phone.SignInAsync(user.Email!);

        await Expect(console.AdminRows()).ToHaveCountAsync(2);
        (await button.EvaluateAsync<bool>("e => e.isConnected")).Should().BeTrue();
        await console.Context.CloseAsync();
        await laptop.Context.CloseAsync();
        await phone.Context.CloseAsync();
    }

    [Fact]
    public async Task The_admins_own_session_is_marked_current_and_cannot_be_revoked_from_the_console()
    {
        var admin = await browser.Portal.CreateUserAsync($"admin-{Guid.NewGuid():N}@example.com", securityAdmin: true);
        var console = await browser.NewDeviceAsync();
        await console.SignInAsync(admin.Email!);
        await console.OpenAdminConsoleAsync();

        await console.FilterByEmailAsync(admin.Email!);

        await Expect(console.AdminRows()).ToHaveCountAsync(1);
        await Expect(console.AdminRows().Nth(0).Locator("[data-testid=current-badge]")).ToBeVisibleAsync();
        await Expect(console.AdminRows().Nth(0).Locator("[data-testid=revoke]")).ToHaveCountAsync(0);
        await console.Context.CloseAsync();
    }

    [Fact]
    public async Task At_phone_width_rows_stack_and_the_feed_follows_the_table()
    {
        var admin = await browser.Portal.CreateUserAsync($"admin-{Guid.NewGuid():N}@example.com", securityAdmin: true);
        var phone = await browser.NewDeviceAsync(390, 844, IPhone);
        await phone.SignInAsync(admin.Email!);
        await phone.OpenAdminConsoleAsync();
        await phone.FilterByEmailAsync(admin.Email!);
        await Expect(phone.AdminRows()).ToHaveCountAsync(1);

        var table = await phone.Locator("[data-testid=admin-sessions-table]").BoundingBoxAsync();
        var feed = await phone.Locator("[data-testid=admin-feed]").BoundingBoxAsync();
        var header = phone.Locator("[data-testid=admin-sessions-table] thead");

        feed!.Y.Should().BeGreaterThan(table!.Y + table.Height - 1, "the feed comes after the table on a phone");
        table.Width.Should().BeLessThanOrEqualTo(390);
        await Expect(header).ToBeHiddenAsync();
        await phone.Context.CloseAsync();
    }
}
