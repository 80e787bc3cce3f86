using Bunit;
using Rackwave.Security.Persistence;
using Rackwave.Security.Sessions;
using Rackwave.Security.Tests.Support;
using Rackwave.Security.Web.Components.Sessions;

namespace Rackwave.Security.Tests.Components;

public sealed class ActiveSessionsPageTests : IAsyncLifetime
{
    private SessionTestHost host = default!;
    private ApplicationUser user = default!;
    private StartedSession current = default!;
    private StartedSession phone = default!;

    public async Task InitializeAsync()
    {
        host = await SessionTestHost.CreateAsync();
        user = await host.CreateUserAsync("ada@example.com");
        current = await host.SignInAsync(user);
        host.Time.Advance(TimeSpan.FromMinutes(5));
        phone = await host.SignInAsync(user, SessionTestHost.Client(SessionTestHost.SafariOnIPhone, "198.51.100.4"));
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Lists_every_session_with_the_current_one_first_and_marked()
    {
        await using var ctx = ComponentTestContext.Create(host, (user.Id, user.Email!, current.Session.Id));

        var page = ctx.Render<ActiveSessionsPage>();

        page.WaitForAssertion(() => Rows(page).Should().HaveCount(2));
        var rows = Rows(page);
        rows[0].QuerySelector("[data-testid=current-badge]").Should().NotBeNull();
        rows[0].TextContent.Should().Contain("Windows PC")
            .And.Contain("Chrome 125").And.Contain("London, United Kingdom");
        rows[1].QuerySelector("[data-testid=current-badge]").Should().BeNull();
        rows[1].TextContent.Should().Contain("iPhone").And.Contain("198.51.100.4");
    }

    [Fact]
    public async Task Offers_revoke_on_every_row_but_the_current_one()
    {
        await using var ctx = ComponentTestContext.Create(host, (user.Id, user.Email!, current.Session.Id));

        var page = ctx.Render<ActiveSessionsPage>();

        page.WaitForAssertion(() => Rows(page).Should().HaveCount(2));
        Rows(page)[0].QuerySelector("[data-testid=revoke]").Should().BeNull();
        Rows(page)[1].QuerySelector("[data-testid=revoke]").Should().NotBeNull();
    }

    [Fact]
    public async Task Drops_a_row_when_its_session_ends_elsewhere()
    {
        await using var ctx = ComponentTestContext.Create(host, (user.Id, user.Email!, current.Session.Id));
        var page = ctx.Render<ActiveSessionsPage>();
        page.WaitForAssertion(() => Rows(page).Should().HaveCount(2));

        await host.Terminator.SignOutAsync(phone.Session.Id, user.Id);

        page.WaitForAssertion(() => Rows(page).Should().ContainSingle());
        page.Find("[data-testid=recently-ended]").TextContent.Should().Contain("Signed out");
        page.Find("[data-testid=only-session-note]").TextContent.Should().Contain("only place");
    }

    [Fact]
    public async Task Shows_a_new_sign_in_as_it_happens()
    {
        await using var ctx = ComponentTestContext.Create(host, (user.Id, user.Email!, current.Session.Id));
        var page = ctx.Render<ActiveSessionsPage>();
        page.WaitForAssertion(() => Rows(page).Should().HaveCount(2));

        await host.SignInAsync(user, SessionTestHost.Client(ip: "10.0.0.8"));

        page.WaitForAssertion(() => Rows(page).Should().HaveCount(3));
        page.Markup.Should().Contain("Local network");
    }

    [Fact]
    public async Task Revoke_ends_that_session_and_removes_its_row()
    {
        await using var ctx = ComponentTestContext.Create(host, (user.Id, user.Email!, current.Session.Id));
        var page = ctx.Render<ActiveSessionsPage>();
        page.WaitForAssertion(() => Rows(page).Should().HaveCount(2));

        await Rows(page)[1].QuerySelector("[data-testid=revoke]")!.ClickAsync(new());

        page.WaitForAssertion(() => Rows(page).Should().ContainSingle());
        (await host.Validator.ValidateAsync(phone.Token)).EndReason.Should().Be(SessionEndReason.RevokedByUser);
        (await host.Validator.ValidateAsync(current.Token)).IsActive.Should().BeTrue();
    }

    [Fact]
    public async Task Does_not_show_another_accounts_sessions()
    {
        var bob = await host.CreateUserAsync("bob@example.com");
        await host.SignInAsync(bob);
        await using var ctx = ComponentTestContext.Create(host, (user.Id, user.Email!, current.Session.Id));

        var page = ctx.Render<ActiveSessionsPage>();
        await host.SignInAsync(bob);

        page.WaitForAssertion(() => Rows(page).Should().HaveCount(2));
        Rows(page).Should().HaveCount(2);
    }

    private static List<AngleSharp.Dom.IElement> Rows(IRenderedComponent<ActiveSessionsPage> page) =>
        page.FindAll("[data-testid=sessions-table] tbody tr")
            .Where(r => r.QuerySelector("td[data-label]") is not null)
            .ToList();
}
