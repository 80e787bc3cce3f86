using System.Net;
using Rackwave.Security.Sessions;
using Rackwave.Security.Tests.Support;

namespace Rackwave.Security.Tests.Sessions;

public sealed class HttpSessionTests : IClassFixture<PortalFactory>
{
    private const string SessionsPage = "/account/security/sessions";
    private readonly PortalFactory factory;

    public HttpSessionTests(PortalFactory factory) => this.factory = factory;

    [Fact]
    public async Task Signing_in_through_the_sign_in_page_starts_a_session_for_that_browser()
    {
        var user = await factory.CreateUserAsync($"{Guid.NewGuid():N}@example.com");
        using var browser = PortalClient.Create(factory);

        var response = await browser.SignInAsync(user.Email!);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var sessions = await factory.ActiveSessionsOfAsync(user.Id);
        sessions.Should().ContainSingle();
        sessions[0].UserAgent.Should().Be(SessionTestHost.ChromeOnWindows);
        sessions[0].DeviceName.Should().Be("Windows PC");
        (await browser.GetAsync(SessionsPage)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_wrong_password_starts_no_session()
    {
        var user = await factory.CreateUserAsync($"{Guid.NewGuid():N}@example.com");
        using var browser = PortalClient.Create(factory);

        var response = await browser.SignInAsync(user.Email!, "Wrong-password-1");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("don&#x27;t match an account");
        (await factory.ActiveSessionsOfAsync(user.Id)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_cookie_whose_session_was_revoked_from_another_sign_in_is_refused_on_its_next_request()
    {
        var user = await factory.CreateUserAsync($"{Guid.NewGuid():N}@example.com");
        using var laptop = PortalClient.Create(factory);
        using var phone = PortalClient.Create(factory, SessionTestHost.SafariOnIPhone);
        await laptop.SignInAsync(user.Email!);
        var keptCookie = laptop.CookieHeader;
        await phone.SignInAsync(user.Email!);
        var laptopSession = (await factory.ActiveSessionsOfAsync(user.Id)).Single(s => s.DeviceName == "Windows PC");

        var outcome = await factory.Get<SessionTerminator>()
            .RevokeAsync(SessionActor.ForUser(user.Id), laptopSession.Id);

        outcome.Should().Be(RevokeOutcome.Revoked);
        var refused = await laptop.GetAsync(SessionsPage);
        refused.StatusCode.Should().Be(HttpStatusCode.Redirect);
        refused.RedirectTarget().Should().StartWith("/Account/Login").And.Contain("ended=revoked");
        using var replay = PortalClient.WithCookieHeader(factory, keptCookie);
        (await replay.GetAsync(SessionsPage)).RedirectTarget().Should().StartWith("/Account/Login");
        (await phone.GetAsync(SessionsPage)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_sign_in_page_explains_why_the_session_ended()
    {
        using var browser = PortalClient.Create(factory);

        var page = await (await browser.GetAsync("/Account/Login?ended=revoked")).Content.ReadAsStringAsync();

        page.Should().Contain("Your session was ended from another device.");
    }

    [Fact]
    public async Task A_device_still_signed_in_to_a_deleted_account_is_told_the_account_was_deleted()
    {
        var user = await factory.CreateUserAsync($"{Guid.NewGuid():N}@example.com");
        using var laptop = PortalClient.Create(factory);
        using var phone = PortalClient.Create(factory, SessionTestHost.SafariOnIPhone);
        await laptop.SignInAsync(user.Email!);
        await phone.SignInAsync(user.Email!);

        var deleted = await laptop.PostFormAsync(
            "/Account/Manage/DeletePersonalData", "delete-user",
            new Dictionary<string, string> { ["Input.Password"] = PortalFactory.Password });

        deleted.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var refused = await phone.GetAsync(SessionsPage);
        refused.StatusCode.Should().Be(HttpStatusCode.Redirect);
        refused.RedirectTarget().Should().StartWith("/Account/Login").And.Contain("ended=deleted");
    }

    [Fact]
    public async Task After_signing_out_the_old_cookie_is_refused()
    {
        var user = await factory.CreateUserAsync($"{Guid.NewGuid():N}@example.com");
        using var browser = PortalClient.Create(factory);
        await browser.SignInAsync(user.Email!);
        var keptCookie = browser.CookieHeader;

        var signedOut = await browser.SignOutAsync();

        signedOut.StatusCode.Should().Be(HttpStatusCode.Redirect);
        signedOut.RedirectTarget().Should().Contain("ended=signed-out");
        (await factory.ActiveSessionsOfAsync(user.Id)).Should().BeEmpty();
        using var replay = PortalClient.WithCookieHeader(factory, keptCookie);
        var refused = await replay.GetAsync(SessionsPage);
        refused.StatusCode.Should().Be(HttpStatusCode.Redirect);
        refused.RedirectTarget().Should().StartWith("/Account/Login");
    }

    [Fact]
    public async Task Signing_in_again_issues_a_new_token_and_the_old_one_stays_dead()
    {
        var user = await factory.CreateUserAsync($"{Guid.NewGuid():N}@example.com");
        using var browser = PortalClient.Create(factory);
        await browser.SignInAsync(user.Email!);
        var first = browser.CookieHeader;
        await browser.SignOutAsync();

        await browser.SignInAsync(user.Email!);

        browser.CookieHeader.Should().NotBe(first);
        (await browser.GetAsync(SessionsPage)).StatusCode.Should().Be(HttpStatusCode.OK);
        using var replay = PortalClient.WithCookieHeader(factory, first);
        (await replay.GetAsync(SessionsPage)).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Signing_in_over_a_running_session_replaces_it()
    {
        var user = await factory.CreateUserAsync($"{Guid.NewGuid():N}@example.com");
        using var browser = PortalClient.Create(factory);
        await browser.SignInAsync(user.Email!);
        var first = browser.CookieHeader;

        (await browser.SignInAsync(user.Email!)).StatusCode.Should().Be(HttpStatusCode.Redirect);

        (await factory.ActiveSessionsOfAsync(user.Id)).Should().ContainSingle();
        using var replay = PortalClient.WithCookieHeader(factory, first);
        (await replay.GetAsync(SessionsPage)).RedirectTarget().Should().Contain("ended=signed-out");
        (await browser.GetAsync(SessionsPage)).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
