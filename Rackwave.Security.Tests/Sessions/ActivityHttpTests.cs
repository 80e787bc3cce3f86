using System.Net;
using Rackwave.Security.Sessions;
using Rackwave.Security.Tests.Support;

namespace Rackwave.Security.Tests.Sessions;

public sealed class ActivityHttpTests : IClassFixture<ActivityHttpTests.ClockedPortal>
{
    private const string SessionsPage = "/account/security/sessions";
    private readonly ClockedPortal factory;

    public ActivityHttpTests(ClockedPortal factory) => this.factory = factory;

    [Fact]
    public async Task Page_requests_count_as_activity_but_the_circuits_own_traffic_does_not()
    {
        var user = await factory.CreateUserAsync($"{Guid.NewGuid():N}@example.com");
        using var browser = PortalClient.Create(factory);
        await browser.SignInAsync(user.Email!);
        var session = (await factory.ActiveSessionsOfAsync(user.Id)).Single();
        var tracker = factory.Get<SessionActivityTracker>();
        var signedInAt = factory.FakeClock!.GetUtcNow().UtcDateTime;

        factory.FakeClock.Advance(TimeSpan.FromHours(2));
        var negotiate = await browser.Http.PostAsync("/_blazor/negotiate?negotiateVersion=1", content: null);
        var afterCircuitTraffic = tracker.LastSeen(session.Id);
        factory.FakeClock.Advance(TimeSpan.FromMinutes(1));
        (await browser.GetAsync("/account/security/activity")).StatusCode.Should().Be(HttpStatusCode.OK);
        var afterPage = tracker.LastSeen(session.Id);

        negotiate.StatusCode.Should().Be(HttpStatusCode.OK, "the circuit may connect");
        (afterCircuitTraffic ?? signedInAt).Should().BeBefore(signedInAt.AddHours(1));
        afterPage.Should().Be(factory.FakeClock.GetUtcNow().UtcDateTime);
    }

    [Fact]
    public async Task A_hundred_kilobyte_user_agent_signs_in_and_is_stored_cut_short()
    {
        var user = await factory.CreateUserAsync($"{Guid.NewGuid():N}@example.com");
        var hostile = "Mozilla/5.0 (" + string.Concat(Enumerable.Repeat("1234567890;", 10_000)) + ")";
        using var browser = PortalClient.Create(factory, hostile);

        var response = await browser.SignInAsync(user.Email!);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var session = (await factory.ActiveSessionsOfAsync(user.Id)).Single();
        session.UserAgent!.Length.Should().BeLessThanOrEqualTo(UserSession.MaxUserAgentLength);
        session.DeviceName.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task A_browser_back_after_a_day_away_is_told_its_session_timed_out()
    {
        var user = await factory.CreateUserAsync($"{Guid.NewGuid():N}@example.com");
        using var browser = PortalClient.Create(factory);
        await browser.SignInAsync(user.Email!);

        factory.FakeClock!.Advance(TimeSpan.FromHours(24) + TimeSpan.FromSeconds(1));
        var response = await browser.GetAsync(SessionsPage);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.RedirectTarget().Should().StartWith("/Account/Login").And.Contain("ended=idle");
        (await factory.ActiveSessionsOfAsync(user.Id)).Should().BeEmpty("the session ended with the refusal");
    }

    [Fact]
    public async Task Clicks_inside_a_live_page_keep_the_browser_signed_in_past_a_day()
    {
        var user = await factory.CreateUserAsync($"{Guid.NewGuid():N}@example.com");
        using var browser = PortalClient.Create(factory);
        await browser.SignInAsync(user.Email!);
        var session = (await factory.ActiveSessionsOfAsync(user.Id)).Single();

        // What a live page reports over its circuit when the person clicks: no request, no new cookie.
        for (var hour = 0; hour < 40; hour += 20)
        {
            factory.FakeClock!.Advance(TimeSpan.FromHours(20));
            await factory.Get<SessionActivityTracker>().RecordAsync(session.Id, user.Id, address: null);
        }

        factory.FakeClock!.Advance(TimeSpan.FromHours(20));
        (await browser.GetAsync(SessionsPage)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_session_in_daily_use_is_refused_with_its_lifetime_reason_after_thirty_days()
    {
        var user = await factory.CreateUserAsync($"{Guid.NewGuid():N}@example.com");
        using var browser = PortalClient.Create(factory);
        await browser.SignInAsync(user.Email!);

        for (var day = 1; day <= 30; day++)
        {
            factory.FakeClock!.Advance(TimeSpan.FromDays(1) - TimeSpan.FromMinutes(1));
            (await browser.GetAsync(SessionsPage)).StatusCode
                .Should().Be(HttpStatusCode.OK, $"day {day} is within the limit");
        }

        // Thirty days less thirty minutes have passed, the last use half an hour ago.
        factory.FakeClock!.Advance(TimeSpan.FromMinutes(31));
        var response = await browser.GetAsync(SessionsPage);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.RedirectTarget().Should().StartWith("/Account/Login").And.Contain("ended=lifetime");
    }

    [Fact]
    public async Task A_remembered_cookie_outlasts_its_session_by_a_day_to_tell_why_it_ended()
    {
        var user = await factory.CreateUserAsync($"{Guid.NewGuid():N}@example.com");
        using var browser = PortalClient.Create(factory);
        var signedInAt = factory.FakeClock!.GetUtcNow();

        var response = await browser.PostFormAsync("/Account/Login", "login", new Dictionary<string, string>
        {
            ["Input.Email"] = user.Email!,
            ["Input.Password"] = PortalFactory.Password,
            ["Input.RememberMe"] = "true",
        });

        var cookie = response.Headers.GetValues("Set-Cookie")
            .Single(c => c.StartsWith("Rackwave.Auth=", StringComparison.Ordinal));
        var expires = DateTimeOffset.Parse(
            cookie.Split("; ").Single(part => part.StartsWith("expires=", StringComparison.OrdinalIgnoreCase))[8..],
            System.Globalization.CultureInfo.InvariantCulture);
        expires.Should().BeCloseTo(signedInAt + TimeSpan.FromDays(31), TimeSpan.FromSeconds(2));
    }

    public sealed class ClockedPortal : PortalFactory
    {
        public ClockedPortal() => UseFakeClock(DateTimeOffset.UtcNow);
    }
}
