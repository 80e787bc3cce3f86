using Rackwave.Security.Sessions;
using Rackwave.Security.Tests.Support;

namespace Rackwave.Security.Tests.Sessions;

public sealed class SessionTimeoutTests : IAsyncLifetime
{
    private SessionTestHost host = default!;

    public async Task InitializeAsync() => host = await SessionTestHost.CreateAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task An_unused_session_is_accepted_until_the_last_second_of_the_idle_timeout_and_refused_at_it()
    {
        var user = await host.CreateUserAsync("ada@example.com");
        var started = await host.SignInAsync(user);

        host.Time.Advance(TimeSpan.FromHours(24) - TimeSpan.FromSeconds(1));
        var before = await host.Validator.ValidateAsync(started.Token);
        host.Time.Advance(TimeSpan.FromSeconds(1));
        var at = await host.Validator.ValidateAsync(started.Token);

        before.IsActive.Should().BeTrue();
        at.Status.Should().Be(SessionCheckStatus.Ended);
        at.EndReason.Should().Be(SessionEndReason.IdleTimeout);
        (await host.Queries.ListRecentlyEndedAsync(user.Id)).Single().EndReason
            .Should().Be(SessionEndReason.IdleTimeout);
    }

    [Fact]
    public async Task Activity_moves_the_idle_deadline()
    {
        var user = await host.CreateUserAsync("ada@example.com");
        var started = await host.SignInAsync(user);

        host.Time.Advance(TimeSpan.FromHours(20));
        await host.Activity.RecordAsync(started.Session.Id, user.Id, address: null);
        host.Time.Advance(TimeSpan.FromHours(23));
        var stillActive = await host.Validator.ValidateAsync(started.Token);
        host.Time.Advance(TimeSpan.FromHours(1));
        var idle = await host.Validator.ValidateAsync(started.Token);

        stillActive.IsActive.Should().BeTrue();
        idle.EndReason.Should().Be(SessionEndReason.IdleTimeout);
    }

    [Fact]
    public async Task Written_activity_counts_after_the_memory_of_it_is_gone()
    {
        var user = await host.CreateUserAsync("ada@example.com");
        var started = await host.SignInAsync(user);
        host.Time.Advance(TimeSpan.FromHours(20));
        await host.Activity.RecordAsync(started.Session.Id, user.Id, System.Net.IPAddress.Parse("198.51.100.20"));

        (await host.Activity.FlushAsync()).Should().Be(1);

        await using var db = host.Db();
        var row = db.Sessions.Single();
        row.LastActiveAt.Should().Be((SessionTestHost.Start + TimeSpan.FromHours(20)).UtcDateTime);
        row.LastIp.Should().Be("198.51.100.20");
        row.StartIp.Should().Be("203.0.113.7");
    }

    [Fact]
    public async Task A_session_used_a_minute_ago_is_still_refused_once_its_thirty_days_are_up()
    {
        var user = await host.CreateUserAsync("ada@example.com");
        var started = await host.SignInAsync(user);
        for (var hours = 0; hours < (29 * 24) - 12; hours += 12)
        {
            host.Time.Advance(TimeSpan.FromHours(12));
            await host.Activity.RecordAsync(started.Session.Id, user.Id, address: null);
        }

        host.Time.SetUtcNow(SessionTestHost.Start + TimeSpan.FromDays(30) - TimeSpan.FromHours(1));
        await host.Activity.RecordAsync(started.Session.Id, user.Id, address: null);
        var atTwentyNineDaysTwentyThreeHours = await host.Validator.ValidateAsync(started.Token);
        host.Time.SetUtcNow(SessionTestHost.Start + TimeSpan.FromDays(30) - TimeSpan.FromMinutes(1));
        await host.Activity.RecordAsync(started.Session.Id, user.Id, address: null);
        host.Time.SetUtcNow(SessionTestHost.Start + TimeSpan.FromDays(30) + TimeSpan.FromMinutes(1));
        var afterThirtyDays = await host.Validator.ValidateAsync(started.Token);

        atTwentyNineDaysTwentyThreeHours.IsActive.Should().BeTrue();
        afterThirtyDays.Status.Should().Be(SessionCheckStatus.Ended);
        afterThirtyDays.EndReason.Should().Be(SessionEndReason.AbsoluteLifetime);
    }

    [Fact]
    public async Task Shorter_configured_timeouts_are_enforced()
    {
        await using var strict = await SessionTestHost.CreateAsync(new Dictionary<string, string?>
        {
            ["Sessions:IdleTimeout"] = "00:15:00",
            ["Sessions:AbsoluteLifetime"] = "08:00:00",
        });
        var user = await strict.CreateUserAsync("ada@example.com");
        var started = await strict.SignInAsync(user);

        strict.Time.Advance(TimeSpan.FromMinutes(15));

        (await strict.Validator.ValidateAsync(started.Token)).EndReason.Should().Be(SessionEndReason.IdleTimeout);
    }
}
