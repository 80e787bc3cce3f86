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
