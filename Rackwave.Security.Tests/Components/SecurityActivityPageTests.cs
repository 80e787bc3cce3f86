using Bunit;
using Rackwave.Security.Persistence;
using Rackwave.Security.Sessions;
using Rackwave.Security.Tests.Support;
using Rackwave.Security.Web.Components.Audit;

namespace Rackwave.Security.Tests.Components;

public sealed class SecurityActivityPageTests : IAsyncLifetime
{
    private SessionTestHost host = default!;
    private ApplicationUser user = default!;
    private StartedSession current = default!;

    public async Task InitializeAsync()
    {
        host = await SessionTestHost.CreateAsync();
        user = await host.CreateUserAsync("ada@example.com");
        current = await host.SignInAsync(user);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Tells_the_history_newest_first_in_plain_words()
    {
        host.Time.Advance(TimeSpan.FromMinutes(1));
        var mac = await host.SignInAsync(user, SessionTestHost.Client(Browser.Agents.SafariOnMac));
        host.Time.Advance(TimeSpan.FromMinutes(1));
        await host.Terminator.RevokeAsync(SessionActor.ForUser(user.Id), mac.Session.Id);
        host.Time.Advance(TimeSpan.FromMinutes(1));
        var idle = await host.SignInAsync(user);
        host.Time.Advance(TimeSpan.FromHours(25));
        await host.Validator.ValidateAsync(idle.Token);
        await using var ctx = ComponentTestContext.Create(host, (user.Id, user.Email!, current.Session.Id));

        var page = ctx.Render<SecurityActivityPage>();

        page.WaitForAssertion(() => Headlines(page).Should().HaveCount(5));
        Headlines(page).Should().Equal(
            "Expired after 24 hours without activity",
            "Signed in on Chrome 125 · Windows PC · London, United Kingdom",
            "Revoked your session on Mac",
            "Signed in on Safari 17.4 · Mac · London, United Kingdom",
            "Signed in on Chrome 125 · Windows PC · London, United Kingdom");
    }

    [Fact]
    public async Task Says_when_a_security_admin_ended_a_session()
    {
        var admin = await host.CreateUserAsync("admin@example.com", securityAdmin: true);
        await host.Terminator.RevokeAsync(SessionActor.ForUser(admin.Id), current.Session.Id);
        await using var ctx = ComponentTestContext.Create(host, (user.Id, user.Email!, current.Session.Id));

        var page = ctx.Render<SecurityActivityPage>();

        page.WaitForAssertion(() => Headlines(page).Should().Contain("Revoked by a security admin"));
    }

    [Fact]
    public async Task Pages_through_a_long_history()
    {
        for (var i = 0; i < 45; i++)
        {
            await host.SignInAsync(user);
        }

        await using var ctx = ComponentTestContext.Create(host, (user.Id, user.Email!, current.Session.Id));

        var page = ctx.Render<SecurityActivityPage>();

        page.WaitForAssertion(() => Headlines(page).Should().HaveCount(20));
        page.Markup.Should().Contain("1–20 of 46");
    }

    [Fact]
    public async Task A_new_event_appears_on_the_open_first_page()
    {
        await using var ctx = ComponentTestContext.Create(host, (user.Id, user.Email!, current.Session.Id));
        var page = ctx.Render<SecurityActivityPage>();
        page.WaitForAssertion(() => Headlines(page).Should().ContainSingle());

        host.Time.Advance(TimeSpan.FromMinutes(2));
        var phone = await host.SignInAsync(user, SessionTestHost.Client(SessionTestHost.SafariOnIPhone));
        await host.Terminator.SignOutAsync(phone.Session.Id, user.Id);

        page.WaitForAssertion(() => Headlines(page).Should().HaveCount(3));
        Headlines(page)[0].Should().Be("Signed out");
    }

    [Fact]
    public async Task Shows_a_clear_empty_state()
    {
        var newcomer = await host.CreateUserAsync("new@example.com");
        await using var ctx = ComponentTestContext.Create(host, (newcomer.Id, newcomer.Email!, Guid.NewGuid()));

        var page = ctx.Render<SecurityActivityPage>();

        page.WaitForAssertion(() => page.Find("[data-testid=activity-empty]").TextContent
            .Should().Contain("Nothing has happened"));
    }

    private static List<string> Headlines(IRenderedComponent<SecurityActivityPage> page) =>
        page.FindAll("[data-testid=event-headline]").Select(e => e.TextContent.Trim()).ToList();
}
