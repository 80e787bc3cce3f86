using System.Net;
using Rackwave.Security.Sessions;
using Rackwave.Security.Tests.Support;

namespace Rackwave.Security.Tests.Sessions;

public sealed class ActivityHttpTests : IClassFixture<ActivityHttpTests.ClockedPortal>
{
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

    public sealed class ClockedPortal : PortalFactory
    {
        public ClockedPortal() => UseFakeClock(DateTimeOffset.UtcNow);
    }
}
