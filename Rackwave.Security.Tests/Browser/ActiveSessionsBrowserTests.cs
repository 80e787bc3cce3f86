using Microsoft.Playwright;
using Rackwave.Security.Sessions;
using Rackwave.Security.Sessions.Events;
using static Microsoft.Playwright.Assertions;

namespace Rackwave.Security.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ActiveSessionsBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Two_devices_each_see_both_sessions_with_their_own_marked_current()
    {
        var user = await browser.Portal.CreateUserAsync($"{Guid.NewGuid():N}@example.com");
        var laptop = await browser.NewDeviceAsync();
        var desktop = await browser.NewDeviceAsync();

        await laptop.SignInAsync(user.Email!);
        await desktop.SignInAsync(user.Email!);
        await laptop.OpenSessionsAsync();
        await desktop.OpenSessionsAsync();

        foreach (var page in new[] { laptop, desktop })
        {
            await Expect(page.SessionRows()).ToHaveCountAsync(2);
            await Expect(page.SessionRows().Nth(0).Locator("[data-testid=current-badge]")).ToBeVisibleAsync();
            await Expect(page.SessionRows().Nth(0).Locator("[data-testid=revoke]")).ToHaveCountAsync(0);
            await Expect(page.SessionRows().Nth(1).Locator("[data-testid=current-badge]")).ToHaveCountAsync(0);
        }

        await laptop.Context.CloseAsync();
        await desktop.Context.CloseAsync();
    }

    [Fact]
    public async Task Revoking_a_device_drops_its_row_live_and_signs_that_device_out_without_a_click()
    {
        var user = await browser.Portal.CreateUserAsync($"{Guid.NewGuid():N}@example.com");
        var a = await browser.NewDeviceAsync();
        var b = await browser.NewDeviceAsync();
        await a.SignInAsync(user.Email!);
        await b.SignInAsync(user.Email!);
        await a.OpenSessionsAsync();
        await b.OpenSessionsAsync();
        await Expect(a.SessionRows()).ToHaveCountAsync(2);

        await a.SessionRows().Nth(1).Locator("[data-testid=revoke]").ClickAsync();

        await Expect(a.SessionRows()).ToHaveCountAsync(1);
        await b.ExpectSignInPageAsync();
        await Expect(b.Locator("[data-testid=session-ended-notice]")).ToContainTextAsync("ended from another device");
        await b.GotoAsync(PageExtensions.SessionsPath);
        await Expect(b).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login"));
        await Expect(a.SessionRows()).ToHaveCountAsync(1);

        await a.Context.CloseAsync();
        await b.Context.CloseAsync();
    }

    [Fact]
    public async Task Revoke_all_other_sessions_leaves_one_row_and_signs_the_others_out()
    {
        var user = await browser.Portal.CreateUserAsync($"{Guid.NewGuid():N}@example.com");
        var devices = new List<IPage>();
        for (var i = 0; i < 3; i++)
        {
            var page = await browser.NewDeviceAsync();
            await page.SignInAsync(user.Email!);
            await page.OpenSessionsAsync();
            devices.Add(page);
        }

        var (keeper, others) = (devices[0], devices.Skip(1).ToList());
        await Expect(keeper.SessionRows()).ToHaveCountAsync(3);

        await keeper.ClickAsync("[data-testid=revoke-all-others]");
        await keeper.ClickAsync("[data-testid=confirm-revoke-all]");

        await Expect(keeper.SessionRows()).ToHaveCountAsync(1);
        await Expect(keeper.SessionRows().Nth(0).Locator("[data-testid=current-badge]")).ToBeVisibleAsync();
        foreach (var other in others)
        {
            await other.ExpectSignInPageAsync();
            await Expect(other.Locator("[data-testid=session-ended-notice]")).ToBeVisibleAsync();
        }

        foreach (var page in devices)
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_new_sign_in_elsewhere_appears_on_an_open_dashboard()
    {
        var user = await browser.Portal.CreateUserAsync($"{Guid.NewGuid():N}@example.com");
        var watcher = await browser.NewDeviceAsync();
        await watcher.SignInAsync(user.Email!);
        await watcher.OpenSessionsAsync();
        await Expect(watcher.SessionRows()).ToHaveCountAsync(1);

        var newcomer = await browser.NewDeviceAsync(userAgent: Agents.SafariOnIPhone);
        await newcomer.SignInAsync(user.Email!);

        await Expect(watcher.SessionRows()).ToHaveCountAsync(2);
        await Expect(watcher.SessionRows().Nth(1)).ToContainTextAsync("iPhone");

        await newcomer.Locator("button:has-text('Sign out')").ClickAsync();
        await Expect(watcher.SessionRows()).ToHaveCountAsync(1);
        await Expect(watcher.Locator("[data-testid=recently-ended]")).ToContainTextAsync("Signed out");

        await watcher.Context.CloseAsync();
        await newcomer.Context.CloseAsync();
    }

    [Fact]
    public async Task Live_updates_alone_are_not_activity_but_a_click_in_the_page_is()
    {
        var user = await browser.Portal.CreateUserAsync($"{Guid.NewGuid():N}@example.com");
        var watcher = await browser.NewDeviceAsync();
        await watcher.SignInAsync(user.Email!);
        await watcher.OpenSessionsAsync();

        // The page's own requests (its scripts, say) are activity; let them finish first.
        await watcher.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var sessionId = (await browser.Portal.ActiveSessionsOfAsync(user.Id)).Single().Id;
        var tracker = browser.Portal.Get<SessionActivityTracker>();
        var before = tracker.LastSeen(sessionId);
        var requests = 0;
        watcher.Request += (_, _) => Interlocked.Increment(ref requests);

        var other = await browser.NewDeviceAsync(userAgent: Agents.SafariOnIPhone);
        await other.SignInAsync(user.Email!);
        await Expect(watcher.SessionRows()).ToHaveCountAsync(2);
        await other.Locator("button:has-text('Sign out')").ClickAsync();
        await Expect(watcher.SessionRows()).ToHaveCountAsync(1);

        Volatile.Read(ref requests).Should().Be(0, "the watching page only receives pushed renders");
        tracker.LastSeen(sessionId).Should().Be(before, "pushed renders are not the person doing anything");

        var clicked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = browser.Portal.Get<SessionEventHub>().SubscribeToUser(user.Id, e =>
        {
            if (e is SessionActivity activity && activity.SessionId == sessionId)
            {
                clicked.TrySetResult();
            }

            return Task.CompletedTask;
        });
        await watcher.Locator("h1").ClickAsync();
        await clicked.Task.WaitAsync(TimeSpan.FromSeconds(20));

        tracker.LastSeen(sessionId).Should().BeAfter(before!.Value);
        await watcher.Context.CloseAsync();
        await other.Context.CloseAsync();
    }
}
