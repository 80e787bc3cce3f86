using Bunit;
using Microsoft.Extensions.Options;
using Rackwave.Security.Devices;
using Rackwave.Security.Locations;
using Rackwave.Security.Sessions;
using Rackwave.Security.Tests.Support;
using Rackwave.Security.Web.Components.Sessions;

namespace Rackwave.Security.Tests.Components;

public sealed class RecentlyEndedSessionsTests : IAsyncLifetime
{
    private SessionTestHost host = default!;

    public async Task InitializeAsync() => host = await SessionTestHost.CreateAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Theory]
    [InlineData(SessionEndReason.SignedOut, "Signed out")]
    [InlineData(SessionEndReason.IdleTimeout, "Expired after 24 hours without activity")]
    [InlineData(SessionEndReason.AbsoluteLifetime, "Ended: 30-day limit reached")]
    [InlineData(SessionEndReason.RevokedByUser, "Revoked by you")]
    [InlineData(SessionEndReason.RevokedByAdmin, "Revoked by a security admin")]
    [InlineData(SessionEndReason.PasswordChanged, "Ended because your password was changed")]
    [InlineData(SessionEndReason.TwoFactorChanged, "Ended because two-factor authentication was changed")]
    public async Task Each_ended_session_says_why_it_ended(SessionEndReason reason, string expected)
    {
        await using var ctx = ComponentTestContext.Create(host);
        var now = SessionTestHost.Start.UtcDateTime;
        var ended = new SessionView(
            Guid.NewGuid(), "u", "ada@example.com", now.AddHours(-3), now.AddHours(-2), "203.0.113.7", "203.0.113.7",
            new DeviceInfo(DeviceType.Desktop, "Mac", "macOS", "14", "Safari", "17.4"),
            new GeoLocation(LocationKind.Resolved, "London", "United Kingdom", "GB"),
            now.AddHours(-1), reason);

        var section = ctx.Render<RecentlyEndedSessions>(p => p
            .Add(c => c.Sessions, new[] { ended })
            .Add(c => c.Now, now)
            .Add(c => c.Policy, host.Get<IOptions<SessionPolicy>>().Value));

        section.Find("[data-testid=end-reason]").TextContent.Trim().Should().Be(expected);
        section.Find("[data-testid=ended-row]").TextContent.Should().Contain("Safari 17.4").And.Contain("London");
    }

    [Fact]
    public async Task Says_so_when_nothing_ended_recently()
    {
        await using var ctx = ComponentTestContext.Create(host);

        var section = ctx.Render<RecentlyEndedSessions>(p => p
            .Add(c => c.Sessions, Array.Empty<SessionView>())
            .Add(c => c.Now, SessionTestHost.Start.UtcDateTime)
            .Add(c => c.Policy, host.Get<IOptions<SessionPolicy>>().Value));

        section.Find("[data-testid=recently-ended-empty]").TextContent.Should().Contain("No session has ended");
    }
}
