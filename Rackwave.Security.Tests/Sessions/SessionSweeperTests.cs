using Microsoft.EntityFrameworkCore;
using Rackwave.Security.Audit;
using Rackwave.Security.Sessions;
using Rackwave.Security.Sessions.Events;
using Rackwave.Security.Tests.Support;

namespace Rackwave.Security.Tests.Sessions;

public sealed class SessionSweeperTests : IAsyncLifetime
{
    private SessionTestHost host = default!;

    public async Task InitializeAsync() => host = await SessionTestHost.CreateAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task The_sweep_ends_idle_and_overdue_sessions_with_their_reasons_and_leaves_live_ones()
    {
        var user = await host.CreateUserAsync("ada@example.com");
        var old = await host.SignInAsync(user);
        host.Time.Advance(TimeSpan.FromDays(29));
        var idle = await host.SignInAsync(user);
        var busy = await host.SignInAsync(user);
        for (var i = 0; i < 4; i++)
        {
            host.Time.Advance(TimeSpan.FromHours(12));
            await host.Activity.RecordAsync(old.Session.Id, user.Id, address: null);
            await host.Activity.RecordAsync(busy.Session.Id, user.Id, address: null);
        }

        var swept = await host.Get<SessionSweeper>().SweepOnceAsync();

        swept.Should().Be(2);
        await using var db = host.Db();
        var rows = await db.Sessions.ToDictionaryAsync(s => s.Id);
        rows[old.Session.Id].EndReason.Should().Be(SessionEndReason.AbsoluteLifetime);
        rows[idle.Session.Id].EndReason.Should().Be(SessionEndReason.IdleTimeout);
        rows[busy.Session.Id].EndedAt.Should().BeNull();
        var audit = await db.AuditEntries.Where(a => a.Kind == AuditEventKind.SessionEnded).ToListAsync();
        audit.Should().HaveCount(2).And.OnlyContain(a => a.ActorKind == ActorKind.System);
    }

    [Fact]
    public async Task The_sweep_runs_on_its_own_when_the_clock_reaches_its_interval()
    {
        var user = await host.CreateUserAsync("ada@example.com");
        var started = await host.SignInAsync(user);
        var ended = new TaskCompletionSource<SessionEnded>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = host.Get<SessionEventHub>().SubscribeToUser(user.Id, e =>
        {
            if (e is SessionEnded end)
            {
                ended.TrySetResult(end);
            }

            return Task.CompletedTask;
        });
        var sweeper = host.Get<SessionSweeper>();
        await sweeper.StartAsync(CancellationToken.None);

        host.Time.Advance(TimeSpan.FromHours(25));
        var end = await ended.Task.WaitAsync(TimeSpan.FromSeconds(10));

        end.SessionId.Should().Be(started.Session.Id);
        end.Reason.Should().Be(SessionEndReason.IdleTimeout);
        await sweeper.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_session_idle_long_before_its_lifetime_ran_out_is_recorded_as_idle_however_late_it_is_swept()
    {
        var user = await host.CreateUserAsync("ada@example.com");
        var started = await host.SignInAsync(user);
        host.Time.Advance(TimeSpan.FromDays(31));

        await host.Get<SessionSweeper>().SweepOnceAsync();

        await using var db = host.Db();
        (await db.Sessions.SingleAsync(s => s.Id == started.Session.Id)).EndReason
            .Should().Be(SessionEndReason.IdleTimeout);
    }

    [Fact]
    public async Task With_a_short_idle_timeout_a_running_sweeper_never_sleeps_past_it()
    {
        await using var shortIdle = await SessionTestHost.CreateAsync(new Dictionary<string, string?>
        {
            ["Sessions:IdleTimeout"] = "00:00:20",
        });
        var sweeper = shortIdle.Get<SessionSweeper>();

        (await sweeper.NextDueAsync()).Should().Be(shortIdle.Time.GetUtcNow().UtcDateTime + TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task The_next_sweep_is_due_when_the_first_session_runs_out()
    {
        var user = await host.CreateUserAsync("ada@example.com");
        var early = await host.SignInAsync(user);
        host.Time.Advance(TimeSpan.FromHours(1));
        await host.SignInAsync(user);
        var sweeper = host.Get<SessionSweeper>();

        // Nothing runs out within the sweep interval: the interval is the longest sleep.
        (await sweeper.NextDueAsync()).Should().Be(host.Time.GetUtcNow().UtcDateTime + TimeSpan.FromMinutes(5));

        host.Time.Advance(TimeSpan.FromHours(22) + TimeSpan.FromMinutes(58));
        var idleEnd = early.Session.StartedAt + TimeSpan.FromHours(24);
        (await sweeper.NextDueAsync()).Should().Be(idleEnd);

        // Activity this server has seen but not yet written moves that session's end on.
        await host.Activity.RecordAsync(early.Session.Id, user.Id, address: null);
        (await sweeper.NextDueAsync()).Should().Be(host.Time.GetUtcNow().UtcDateTime + TimeSpan.FromMinutes(5));
    }

    [Fact]
    public async Task The_absolute_lifetime_sets_the_next_sweep_of_a_busy_session()
    {
        var user = await host.CreateUserAsync("ada@example.com");
        var started = await host.SignInAsync(user);
        for (var day = 0; day < 31; day++)
        {
            host.Time.Advance(TimeSpan.FromHours(23));
            await host.Activity.RecordAsync(started.Session.Id, user.Id, address: null);
            await host.Activity.FlushAsync();
        }

        // 29 days 23 hours 56 minutes in, used 7 hours ago: the lifetime ends first.
        host.Time.Advance(TimeSpan.FromHours(6) + TimeSpan.FromMinutes(56));
        var due = await host.Get<SessionSweeper>().NextDueAsync();

        due.Should().Be(started.Session.StartedAt + TimeSpan.FromDays(30));
    }

    [Fact]
    public async Task A_running_sweeper_ends_a_session_as_it_runs_out_not_at_its_next_interval()
    {
        var user = await host.CreateUserAsync("ada@example.com");
        var started = await host.SignInAsync(user);
        var due = started.Session.StartedAt + TimeSpan.FromHours(24);
        var ended = new TaskCompletionSource<DateTime>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = host.Get<SessionEventHub>().SubscribeToUser(user.Id, e =>
        {
            if (e is SessionEnded)
            {
                ended.TrySetResult(host.Time.GetUtcNow().UtcDateTime);
            }

            return Task.CompletedTask;
        });
        var sweeper = host.Get<SessionSweeper>();
        var firstSleep = sweeper.NextSleepAsync();
        await sweeper.StartAsync(CancellationToken.None);
        (await firstSleep.WaitAsync(TimeSpan.FromSeconds(10))).Should()
            .Be(host.Time.GetUtcNow().UtcDateTime + TimeSpan.FromMinutes(5), "nothing is due sooner");

        // Hours pass: the sweeper wakes at its interval, finds nothing yet, and sleeps exactly
        // until the session runs out rather than for another interval.
        var nextSleep = sweeper.NextSleepAsync();
        host.Time.Advance(due - host.Time.GetUtcNow().UtcDateTime - TimeSpan.FromSeconds(3));
        (await nextSleep.WaitAsync(TimeSpan.FromSeconds(10))).Should().Be(due);

        host.Time.Advance(TimeSpan.FromSeconds(3));
        var endedAt = await ended.Task.WaitAsync(TimeSpan.FromSeconds(10));
        endedAt.Should().Be(due, "the sweeper woke when the session ran out");
        await sweeper.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Activity_not_yet_written_keeps_a_session_out_of_the_sweep()
    {
        var user = await host.CreateUserAsync("ada@example.com");
        var started = await host.SignInAsync(user);
        host.Time.Advance(TimeSpan.FromHours(23));
        await host.Activity.RecordAsync(started.Session.Id, user.Id, address: null);
        host.Time.Advance(TimeSpan.FromHours(2));

        var swept = await host.Get<SessionSweeper>().SweepOnceAsync();

        swept.Should().Be(0);
        (await host.Validator.ValidateAsync(started.Token)).IsActive.Should().BeTrue();
    }
}
