using Rackwave.Security.Sessions;
using Rackwave.Security.Tests.Support;

namespace Rackwave.Security.Tests.Sessions;

public sealed class ConcurrentWriteTests : IAsyncLifetime
{
    private SessionTestHost host = default!;

    public async Task InitializeAsync() => host = await SessionTestHost.CreateAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Fifty_concurrent_activity_writes_and_a_revoke_all_others_all_succeed_and_the_revoke_holds()
    {
        var user = await host.CreateUserAsync("ada@example.com");
        var current = await host.SignInAsync(user);
        var others = new List<StartedSession>();
        for (var i = 0; i < 10; i++)
        {
            others.Add(await host.SignInAsync(user));
        }

        var everyone = others.Append(current).ToList();
        host.Time.Advance(TimeSpan.FromMinutes(1));
        var writes = Enumerable.Range(0, 50).Select(i => Task.Run(async () =>
        {
            var session = everyone[i % everyone.Count].Session;
            await host.Activity.RecordAsync(session.Id, user.Id, address: null);
            await host.Activity.FlushAsync();
        }));
        var actor = SessionActor.ForUser(user.Id, current.Session.Id);
        var revoke = Task.Run(async () =>
            (await host.Terminator.RevokeAllOthersAsync(actor, current.Session.Id)).Count);

        var all = Task.WhenAll(writes.Append(revoke));
        await all;

        all.IsCompletedSuccessfully.Should().BeTrue();
        (await revoke).Should().Be(10);
        foreach (var other in others)
        {
            (await host.Validator.ValidateAsync(other.Token)).Status.Should().Be(SessionCheckStatus.Ended);
        }

        (await host.Validator.ValidateAsync(current.Token)).IsActive.Should().BeTrue();
        await using var db = host.Db();
        db.Sessions.Count(s => s.EndedAt == null).Should().Be(1);
        db.Sessions.Single(s => s.Id == current.Session.Id).LastActiveAt
            .Should().Be((SessionTestHost.Start + TimeSpan.FromMinutes(1)).UtcDateTime, "its activity was written");
    }
}
