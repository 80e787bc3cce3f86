using System.Net;
using AngleSharp.Dom;
using Bunit;
using MudBlazor;
using Rackwave.Security.Audit;
using Rackwave.Security.Devices;
using Rackwave.Security.Persistence;
using Rackwave.Security.Sessions;
using Rackwave.Security.Sessions.Admin;
using Rackwave.Security.Sessions.Events;
using Rackwave.Security.Tests.Admin;
using Rackwave.Security.Tests.Support;
using Rackwave.Security.Web.Components.Admin;

using ConsoleTable = MudBlazor.MudTable<Rackwave.Security.Web.Components.Admin.AdminSessionRow>;

namespace Rackwave.Security.Tests.Components;

public sealed class AdminSessionsPageTests : IAsyncLifetime
{
    private AdminConsoleWorld world = default!;

    private SessionTestHost Host => world.Host;

    public async Task InitializeAsync() => world = await AdminConsoleWorld.CreateAsync();

    public async Task DisposeAsync() => await world.Host.DisposeAsync();

    [Fact]
    public async Task Lists_every_accounts_sessions_with_the_admins_own_marked_current_and_not_revocable()
    {
        await using var ctx = Context();

        var page = ctx.Render<AdminSessionsPage>();

        page.WaitForAssertion(() => Rows(page).Should().HaveCount(5));
        var own = Rows(page).Single(r => Email(r) == "admin@rackwave.test");
        own.QuerySelector("[data-testid=current-badge]").Should().NotBeNull();
        own.QuerySelector("[data-testid=revoke]").Should().BeNull();
        own.QuerySelector("[data-testid=revoke-account]").Should().NotBeNull("the rest of the account may go");
        Rows(page).Where(r => r != own).Should().AllSatisfy(r =>
        {
            r.QuerySelector("[data-testid=current-badge]").Should().BeNull();
            r.QuerySelector("[data-testid=revoke]").Should().NotBeNull();
        });
        Rows(page).Select(Email).Should().Contain(["ada@example.com", "bob@example.org", "cy@example.se"]);
        Rows(page).Single(r => Email(r) == "bob@example.org").TextContent
            .Should().Contain("Firefox").And.Contain("2001:db8::5").And.Contain("Berlin, Germany");
    }

    [Fact]
    public async Task An_e_mail_filter_asks_the_server_for_matching_rows_only()
    {
        await using var ctx = Context();
        var page = ctx.Render<AdminSessionsPage>();
        page.WaitForAssertion(() => Rows(page).Should().HaveCount(5));

        // Typed: applied once typing pauses, without Enter or leaving the field.
        await page.Find("[data-testid=filter-email] input").InputAsync(new() { Value = "ADA@" });
        PauseTyping();

        page.WaitForAssertion(() => Rows(page).Select(Email).Should().Equal("ada@example.com", "ada@example.com"));
    }

    [Fact]
    public async Task A_network_filter_narrows_the_rows_and_an_unreadable_one_is_not_applied()
    {
        await using var ctx = Context();
        var page = ctx.Render<AdminSessionsPage>();
        page.WaitForAssertion(() => Rows(page).Should().HaveCount(5));

        await page.Find("[data-testid=filter-network] input").InputAsync(new() { Value = "203.0.113.0/24" });
        PauseTyping();
        page.WaitForAssertion(() => Rows(page).Select(Email)
            .Should().BeEquivalentTo("admin@rackwave.test", "ada@example.com"));
        await page.Find("[data-testid=filter-network] input").InputAsync(new() { Value = "203.0.113.0/99" });
        PauseTyping();

        page.WaitForAssertion(() => page.Markup.Should().Contain("An address (203.0.113.7) or a network"));
        Rows(page).Should().HaveCount(2, "the last readable network stays applied");
    }

    [Fact]
    public async Task Says_so_when_no_session_matches_the_filters()
    {
        await using var ctx = Context();
        var page = ctx.Render<AdminSessionsPage>();
        page.WaitForAssertion(() => Rows(page).Should().HaveCount(5));

        await ChangeFilterAsync(page, new AdminSessionFilter { CountryCode = "SE", BrowserFamily = "Firefox" });

        page.WaitForAssertion(() => page.Find("[data-testid=admin-empty]").TextContent
            .Should().Contain("No sessions match these filters"));
        Rows(page).Should().BeEmpty();
    }

    [Fact]
    public async Task Country_browser_device_and_recency_choices_reach_the_query()
    {
        await using var ctx = Context();
        var page = ctx.Render<AdminSessionsPage>();
        page.WaitForAssertion(() => Rows(page).Should().HaveCount(5));

        await ChangeFilterAsync(page, new AdminSessionFilter { CountryCode = "SE" });
        page.WaitForAssertion(() => Rows(page).Select(Email).Should().Equal("cy@example.se"));
        await ChangeFilterAsync(page, new AdminSessionFilter { DeviceType = DeviceType.Phone });
        page.WaitForAssertion(() => Rows(page).Should().ContainSingle().Which.TextContent.Should().Contain("10.0.0.8"));
        await ChangeFilterAsync(page, new AdminSessionFilter { ActiveWithinMinutes = 3 });
        page.WaitForAssertion(() => Rows(page).Select(Email).Should().Equal("cy@example.se", "bob@example.org"));
    }

    [Fact]
    public async Task The_filter_bar_offers_the_countries_of_running_sessions()
    {
        await using var ctx = Context();

        var page = ctx.Render<AdminSessionsPage>();

        page.WaitForAssertion(() => page.FindComponent<AdminSessionFilterBar>().Instance.Facets.Countries
            .Select(c => c.Name).Should().Equal("Germany", "Sweden", "United Kingdom"));
    }

    [Fact]
    public async Task Shows_the_counters()
    {
        await using var ctx = Context();

        var page = ctx.Render<AdminSessionsPage>();

        page.WaitForAssertion(() => Counter(page, "sessions").Should().Be("5"));
        Counter(page, "accounts").Should().Be("4");
        Counter(page, "signins").Should().Be("5");
    }

    [Fact]
    public async Task An_end_the_count_already_holds_does_not_move_it_again()
    {
        await using var ctx = Context();
        var page = ctx.Render<AdminSessionsPage>();
        page.WaitForAssertion(() => Counter(page, "sessions").Should().Be("5"));
        var countedAt = Host.Time.GetUtcNow().UtcDateTime;
        var bus = Host.Get<ISessionEventBus>();

        // As the last events of a bulk revoke arrive after a reload brought a count with them in it.
        await bus.PublishAsync(new SessionEnded(
            Guid.NewGuid(), world.Cy.Id, SessionEndReason.RevokedByAdmin, countedAt.AddSeconds(-1), ActorKind.Admin));
        Host.Time.Advance(AdminSessionsPage.RenderInterval);
        page.WaitForAssertion(() => Counter(page, "sessions").Should().Be("5"));

        await bus.PublishAsync(new SessionEnded(
            Guid.NewGuid(), world.Cy.Id, SessionEndReason.RevokedByAdmin, countedAt.AddSeconds(1), ActorKind.Admin));
        Host.Time.Advance(AdminSessionsPage.RenderInterval);
        page.WaitForAssertion(() => Counter(page, "sessions").Should().Be("4"));
    }

    [Fact]
    public async Task A_console_opened_on_a_shared_count_from_before_a_sign_in_catches_up_within_seconds()
    {
        await using var first = Context();
        var early = first.Render<AdminSessionsPage>();
        early.WaitForAssertion(() => Counter(early, "sessions").Should().Be("5"));
        await Host.SignInAsync(world.Bob);
        Host.Time.Advance(TimeSpan.FromSeconds(1));

        await using var second = Context();
        var late = second.Render<AdminSessionsPage>();
        late.WaitForAssertion(() => Rows(late).Should().HaveCount(6));
        Counter(late, "sessions").Should().Be("5", "the shared count is from before the sign-in");

        Host.Time.Advance(AdminCounterCache.MaxAge);

        late.WaitForAssertion(() => Counter(late, "sessions").Should().Be("6"));
    }

    [Fact]
    public async Task A_new_sign_in_shows_as_a_row_in_the_counters_and_in_the_feed()
    {
        await using var ctx = Context();
        var page = ctx.Render<AdminSessionsPage>();
        page.WaitForAssertion(() => Rows(page).Should().HaveCount(5));

        await Host.SignInAsync(world.Bob, SessionTestHost.Client(SessionTestHost.SafariOnIPhone, "198.51.100.9"));

        page.WaitForAssertion(() => Rows(page).Should().HaveCount(6));
        Rows(page)[0].TextContent.Should().Contain("bob@example.org").And.Contain("198.51.100.9");
        page.WaitForAssertion(() => Counter(page, "sessions").Should().Be("6"));
        Host.Time.Advance(AdminSessionsPage.RenderInterval);
        page.WaitForAssertion(() => FeedItems(page)[0].TextContent
            .Should().Contain("Signed in on").And.Contain("bob@example.org"));
    }

    [Fact]
    public async Task A_refused_sign_in_joins_the_feed_as_it_happens()
    {
        await using var ctx = Context();
        var page = ctx.Render<AdminSessionsPage>();
        page.WaitForAssertion(() => FeedItems(page).Should().HaveCount(5));

        await Host.Get<AuditTrail>().RecordAsync(
            AuditEventKind.SignInFailed, null, ActorKind.User, null, "Wrong password",
            IPAddress.Parse("192.0.2.66"), userEmail: "mallory@example.net");

        page.WaitForAssertion(() => FeedItems(page).Should().HaveCount(6));
        FeedItems(page)[0].TextContent.Should().Contain("Failed sign-in attempt")
            .And.Contain("mallory@example.net").And.Contain("Wrong password").And.Contain("192.0.2.66");
    }

    [Fact]
    public async Task Revoke_ends_that_session_as_revoked_by_admin_and_its_row_goes()
    {
        await using var ctx = Context();
        var page = ctx.Render<AdminSessionsPage>();
        page.WaitForAssertion(() => Rows(page).Should().HaveCount(5));

        var bobs = Rows(page).Single(r => Email(r) == "bob@example.org");
        await bobs.QuerySelector("[data-testid=revoke]")!.ClickAsync(new());

        page.WaitForAssertion(() => Rows(page).Select(Email).Should().NotContain("bob@example.org"));
        (await Host.Validator.ValidateAsync(world.BobDesktop.Token)).EndReason
            .Should().Be(SessionEndReason.RevokedByAdmin);
        Host.Time.Advance(AdminSessionsPage.RenderInterval);
        page.WaitForAssertion(() => FeedItems(page)[0].TextContent
            .Should().Contain("Session revoked by admin@rackwave.test"));
    }

    [Fact]
    public async Task A_console_whose_session_was_revoked_elsewhere_ends_nothing()
    {
        await using var ctx = Context();
        var snackbars = ctx.Render<MudSnackbarProvider>();
        var page = ctx.Render<AdminSessionsPage>();
        page.WaitForAssertion(() => Rows(page).Should().HaveCount(5));

        // The console's own session ends elsewhere; its circuit has not been torn down yet.
        await Host.Terminator.SignOutAsync(world.AdminSession.Session.Id, world.Admin.Id);
        page.WaitForAssertion(() => Rows(page).Should().HaveCount(4));
        await page.InvokeAsync(() => Rows(page).Single(r => Email(r) == "bob@example.org")
            .QuerySelector("[data-testid=revoke]")!.ClickAsync(new()));

        (await Host.Validator.ValidateAsync(world.BobDesktop.Token)).IsActive.Should().BeTrue();
        snackbars.WaitForAssertion(() => snackbars.Markup.Should().Contain("can no longer revoke others"));
    }

    [Fact]
    public async Task Revoking_all_of_the_admins_own_account_asks_first_and_keeps_the_session_in_use()
    {
        var laptop = await world.SignInAsync(world.Admin, SessionTestHost.Client(ip: "203.0.113.60"));
        await using var ctx = Context();
        var dialogs = ctx.Render<MudDialogProvider>();
        var page = ctx.Render<AdminSessionsPage>();
        page.WaitForAssertion(() => Rows(page).Should().HaveCount(6));

        // The click's handler waits for the dialog's answer, so it completes only after the confirm.
        var click = Rows(page).First(r => Email(r) == "admin@rackwave.test")
            .QuerySelector("[data-testid=revoke-account]")!.ClickAsync(new());
        dialogs.WaitForAssertion(() => dialogs.Find("[data-testid=dialog-own-account]").TextContent
            .Should().Contain("stays signed in"));
        await dialogs.Find("[data-testid=confirm-revoke-account]").ClickAsync(new());
        await click;

        page.WaitForAssertion(() => Rows(page).Count(r => Email(r) == "admin@rackwave.test").Should().Be(1));
        (await Host.Validator.ValidateAsync(world.AdminSession.Token)).IsActive.Should().BeTrue();
        (await Host.Validator.ValidateAsync(laptop.Token)).IsActive.Should().BeFalse();
    }

    [Fact]
    public async Task A_session_that_ends_elsewhere_leaves_the_table()
    {
        await using var ctx = Context();
        var page = ctx.Render<AdminSessionsPage>();
        page.WaitForAssertion(() => Rows(page).Should().HaveCount(5));

        await Host.Terminator.SignOutAsync(world.CySession.Session.Id, world.Cy.Id);

        page.WaitForAssertion(() => Rows(page).Select(Email).Should().NotContain("cy@example.se"));
    }

    [Fact]
    public async Task Last_active_moves_in_place_when_a_listed_session_is_used()
    {
        await using var ctx = Context();
        var page = ctx.Render<AdminSessionsPage>();
        page.WaitForAssertion(() => Rows(page).Should().HaveCount(5));
        await ChangeFilterAsync(page, new AdminSessionFilter { EmailContains = "cy@" });
        page.WaitForAssertion(() => LastActive(page).Should().Be("a minute ago"));
        Host.Time.Advance(TimeSpan.FromMinutes(10));

        await Host.Activity.RecordAsync(world.CySession.Session.Id, world.Cy.Id, IPAddress.Parse("198.51.100.4"));

        page.WaitForAssertion(() => LastActive(page).Should().Be("just now"));
    }

    [Fact]
    public async Task Live_reloads_keep_the_page_the_admin_is_on()
    {
        await using var ctx = Context();
        var (page, table) = await OnSecondPageAsync(ctx);

        await Host.SignInAsync(world.Bob);

        page.WaitForAssertion(() => Rows(page).Should().HaveCount(8));
        table.Instance.CurrentPage.Should().Be(1);
    }

    [Fact]
    public async Task A_new_order_starts_at_the_first_page()
    {
        await using var ctx = Context();
        var (page, table) = await OnSecondPageAsync(ctx);

        await page.FindAll(".mud-table-sort-label")
            .First(label => label.TextContent.Contains("Account", StringComparison.Ordinal))
            .ClickAsync(new());

        page.WaitForAssertion(() => table.Instance.CurrentPage.Should().Be(0));
        page.WaitForAssertion(() => Rows(page).Should().HaveCount(AdminSessionsPage.PageSize));
    }

    [Fact]
    public async Task A_burst_of_events_costs_a_few_reloads_and_shows_the_last_state()
    {
        await using var ctx = Context();
        var page = ctx.Render<AdminSessionsPage>();
        page.WaitForAssertion(() => Rows(page).Should().HaveCount(5));
        var before = Counter(page, "sessions");

        for (var i = 0; i < 20; i++)
        {
            await Host.SignInAsync(world.Bob);
        }

        Host.Time.Advance(AdminSessionsPage.ReloadInterval);
        page.WaitForAssertion(() => Counter(page, "sessions").Should().Be("25"));
        before.Should().Be("5");
        page.WaitForAssertion(() => Rows(page).Should().HaveCount(AdminSessionsPage.PageSize));
    }

    [Fact]
    public async Task Someone_without_the_role_sees_no_session()
    {
        await using var ctx = ComponentTestContext.Create(
            Host, (world.Ada.Id, world.Ada.Email!, world.AdaLaptop.Session.Id));

        var page = ctx.Render<AdminSessionsPage>();

        page.WaitForAssertion(() => page.Find("[data-testid=access-lost]").TextContent
            .Should().Contain("no longer hold"));
        Rows(page).Should().BeEmpty();
        page.FindAll("[data-testid=feed-item]").Should().BeEmpty();
    }

    /// <summary>The person stops typing (MudBlazor's typing pause runs on the app's clock).</summary>
    private void PauseTyping() => Host.Time.Advance(TimeSpan.FromMilliseconds(AdminSessionFilterBar.TypingPause + 100));

    /// <summary>32 sessions in all: the console open on its second page, of 7 rows.</summary>
    private async Task<(IRenderedComponent<AdminSessionsPage> Page, IRenderedComponent<ConsoleTable> Table)>
        OnSecondPageAsync(BunitContext ctx)
    {
        for (var i = 0; i < 27; i++)
        {
            await Host.SignInAsync(world.Cy);
        }

        var page = ctx.Render<AdminSessionsPage>();
        page.WaitForAssertion(() => Rows(page).Should().HaveCount(AdminSessionsPage.PageSize));
        var table = page.FindComponent<MudTable<AdminSessionRow>>();
        await page.InvokeAsync(() => table.Instance.NavigateTo(1));
        page.WaitForAssertion(() => Rows(page).Should().HaveCount(7));
        return (page, table);
    }

    private BunitContext Context() =>
        ComponentTestContext.Create(Host, (world.Admin.Id, world.Admin.Email!, world.AdminSession.Session.Id));

    private static Task ChangeFilterAsync(IRenderedComponent<AdminSessionsPage> page, AdminSessionFilter filter)
    {
        var bar = page.FindComponent<AdminSessionFilterBar>();
        return page.InvokeAsync(() => bar.Instance.FilterChanged.InvokeAsync(filter));
    }

    private static List<IElement> Rows(IRenderedComponent<AdminSessionsPage> page) =>
        page.FindAll("[data-testid=admin-sessions-table] tbody tr")
            .Where(r => r.QuerySelector("td[data-label]") is not null)
            .ToList();

    private static List<IElement> FeedItems(IRenderedComponent<AdminSessionsPage> page) =>
        page.FindAll("[data-testid=feed-item]").ToList();

    private static string? Email(IElement row) => row.QuerySelector("[data-testid=account-email]")?.TextContent.Trim();

    private static string Counter(IRenderedComponent<AdminSessionsPage> page, string name) =>
        page.Find($"[data-testid=counter-{name}]").TextContent.Trim();

    private static string LastActive(IRenderedComponent<AdminSessionsPage> page) =>
        Rows(page).Single().QuerySelector("[data-testid=last-active] time")!.TextContent.Trim();
}
