using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rackwave.Security.Persistence;
using Rackwave.Security.Audit;
using Rackwave.Security.Locations;
using Rackwave.Security.Sessions;
using Rackwave.Security.Tests.Support;

namespace Rackwave.Security.Tests.Sessions;

public sealed class SessionLifecycleTests : IAsyncLifetime
{
    private SessionTestHost host = default!;

    public async Task InitializeAsync() => host = await SessionTestHost.CreateAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_sign_in_starts_a_session_that_records_device_place_and_times()
    {
        var user = await host.CreateUserAsync("ada@example.com");

        var started = await host.SignInAsync(user, SessionTestHost.Client(ip: "203.0.113.7"));

        var session = started.Session;
        session.UserId.Should().Be(user.Id);
        session.StartIp.Should().Be("203.0.113.7");
        session.Location.Label.Should().Be("London, United Kingdom");
        session.Device.DeviceName.Should().Be("Windows PC");
        session.Device.ClientLabel.Should().Be("Chrome 125");
        session.StartedAt.Should().Be(SessionTestHost.Start.UtcDateTime);
        session.LastActiveAt.Should().Be(session.StartedAt);
        (await host.Validator.ValidateAsync(started.Token)).Session!.Id.Should().Be(session.Id);
    }

    [Fact]
    public async Task The_database_keeps_a_hash_of_the_token_never_the_token()
    {
        var user = await host.CreateUserAsync("ada@example.com");

        var started = await host.SignInAsync(user);

        started.Token.Length.Should().BeGreaterThanOrEqualTo(43, "256 random bits in base64url");
        await using var db = host.Db();
        var row = await db.Sessions.SingleAsync();
        row.TokenHash.Should().Equal(SessionToken.Hash(started.Token));
        var file = await File.ReadAllBytesAsync(host.DatabasePath);
        var walPath = host.DatabasePath + "-wal";
        var wal = File.Exists(walPath) ? await ReadSharedAsync(walPath) : [];
        ContainsAscii(file, started.Token).Should().BeFalse();
        ContainsAscii(wal, started.Token).Should().BeFalse();
    }

    [Fact]
    public async Task Every_sign_in_gets_its_own_token()
    {
        var user = await host.CreateUserAsync("ada@example.com");

        var tokens = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            tokens.Add((await host.SignInAsync(user)).Token);
        }

        tokens.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task A_revoked_session_is_refused_and_says_why()
    {
        var user = await host.CreateUserAsync("ada@example.com");
        var current = await host.SignInAsync(user);
        var other = await host.SignInAsync(user, SessionTestHost.Client(SessionTestHost.SafariOnIPhone));
        (await host.Validator.ValidateAsync(other.Token)).IsActive.Should().BeTrue("it is cached as active now");

        var outcome = await host.Terminator.RevokeAsync(SessionActor.ForUser(user.Id), other.Session.Id);

        outcome.Should().Be(RevokeOutcome.Revoked);
        var check = await host.Validator.ValidateAsync(other.Token);
        check.Status.Should().Be(SessionCheckStatus.Ended);
        check.EndReason.Should().Be(SessionEndReason.RevokedByUser);
        (await host.Validator.ValidateAsync(current.Token)).IsActive.Should().BeTrue();
    }

    [Fact]
    public async Task Revoke_all_others_keeps_only_the_current_session()
    {
        var user = await host.CreateUserAsync("ada@example.com");
        var current = await host.SignInAsync(user);
        var others = new[]
        {
            await host.SignInAsync(user, SessionTestHost.Client(SessionTestHost.SafariOnIPhone)),
            await host.SignInAsync(user, SessionTestHost.Client(ip: "198.51.100.9")),
        };

        var (outcome, count) = await host.Terminator.RevokeAllOthersAsync(
            SessionActor.ForUser(user.Id, current.Session.Id), current.Session.Id);

        outcome.Should().Be(RevokeOutcome.Revoked);
        count.Should().Be(2);
        foreach (var other in others)
        {
            (await host.Validator.ValidateAsync(other.Token)).EndReason.Should().Be(SessionEndReason.RevokedByUser);
        }

        (await host.Validator.ValidateAsync(current.Token)).IsActive.Should().BeTrue();
        (await host.Queries.ListActiveAsync(user.Id)).Select(s => s.Id).Should().Equal(current.Session.Id);
    }

    [Fact]
    public async Task Signing_out_ends_the_session_with_its_own_reason()
    {
        var user = await host.CreateUserAsync("ada@example.com");
        var started = await host.SignInAsync(user);

        (await host.Terminator.SignOutAsync(started.Session.Id, user.Id)).Should().BeTrue();

        (await host.Validator.ValidateAsync(started.Token)).EndReason.Should().Be(SessionEndReason.SignedOut);
        var ended = await host.Queries.ListRecentlyEndedAsync(user.Id);
        ended.Should().ContainSingle().Which.EndReason.Should().Be(SessionEndReason.SignedOut);
    }

    [Fact]
    public async Task Signing_out_someone_elses_session_changes_nothing()
    {
        var ada = await host.CreateUserAsync("ada@example.com");
        var bob = await host.CreateUserAsync("bob@example.com");
        var adas = await host.SignInAsync(ada);

        (await host.Terminator.SignOutAsync(adas.Session.Id, bob.Id)).Should().BeFalse();

        (await host.Validator.ValidateAsync(adas.Token)).IsActive.Should().BeTrue();
    }

    [Fact]
    public async Task An_ended_session_never_validates_again_even_after_its_cache_expires_and_activity_is_written()
    {
        var user = await host.CreateUserAsync("ada@example.com");
        var started = await host.SignInAsync(user);
        await host.Activity.RecordAsync(started.Session.Id, user.Id, address: null);

        await host.Terminator.RevokeAsync(SessionActor.ForUser(user.Id), started.Session.Id);
        await host.Activity.RecordAsync(started.Session.Id, user.Id, address: null);
        await host.Activity.FlushAsync();
        host.Time.Advance(TimeSpan.FromMinutes(30));

        (await host.Validator.ValidateAsync(started.Token)).Status.Should().Be(SessionCheckStatus.Ended);
        await using var db = host.Db();
        var row = await db.Sessions.SingleAsync();
        row.EndReason.Should().Be(SessionEndReason.RevokedByUser);
        row.EndedAt.Should().Be(SessionTestHost.Start.UtcDateTime);
    }

    [Fact]
    public async Task Racing_ends_of_one_session_end_it_once_with_one_reason_and_one_audit_entry()
    {
        var user = await host.CreateUserAsync("ada@example.com");
        var current = await host.SignInAsync(user);
        var target = await host.SignInAsync(user, SessionTestHost.Client(SessionTestHost.SafariOnIPhone));
        var actor = SessionActor.ForUser(user.Id);

        var attempts = Enumerable.Range(0, 24).Select(i => (i % 4) switch
        {
            0 => host.Terminator.RevokeAsync(actor, target.Session.Id)
                .ContinueWith(t => t.Result == RevokeOutcome.Revoked),
            1 => host.Terminator.SignOutAsync(target.Session.Id, user.Id),
            2 => host.Terminator.RevokeAllOthersAsync(actor, current.Session.Id).ContinueWith(t => t.Result.Count == 1),
            _ => host.Terminator.ExpireAsync(target.Session.Id, SessionEndReason.IdleTimeout),
        });
        var results = await Task.WhenAll(attempts);

        results.Count(won => won).Should().Be(1);
        await using var db = host.Db();
        var ends = await db.AuditEntries.Where(a => a.Kind == AuditEventKind.SessionEnded).ToListAsync();
        ends.Should().ContainSingle().Which.SessionId.Should().Be(target.Session.Id);
        var row = await db.Sessions.SingleAsync(s => s.Id == target.Session.Id);
        row.EndReason.Should().Be(ends[0].EndReason);
        (await host.Validator.ValidateAsync(target.Token)).Status.Should().Be(SessionCheckStatus.Ended);
        (await host.Validator.ValidateAsync(current.Token)).IsActive.Should().BeTrue();
    }

    [Fact]
    public async Task Once_a_revoke_returns_no_check_of_that_token_succeeds_whatever_was_racing_with_it()
    {
        var user = await host.CreateUserAsync("ada@example.com");
        var target = await host.SignInAsync(user);
        using var stop = new CancellationTokenSource();
        var revoked = new TaskCompletionSource();
        var lateSuccesses = 0;
        var checkers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var startedAfterRevoke = revoked.Task.IsCompleted;
                var check = await host.Validator.ValidateAsync(target.Token);
                if (startedAfterRevoke && check.IsActive)
                {
                    Interlocked.Increment(ref lateSuccesses);
                }
            }
        })).ToList();

        await host.Terminator.RevokeAsync(SessionActor.ForUser(user.Id), target.Session.Id);
        revoked.SetResult();
        for (var i = 0; i < 200; i++)
        {
            (await host.Validator.ValidateAsync(target.Token)).IsActive.Should().BeFalse();
        }

        await stop.CancelAsync();
        await Task.WhenAll(checkers);
        lateSuccesses.Should().Be(0);
    }

    [Fact]
    public async Task Tokens_that_are_not_ours_are_unknown()
    {
        var check = await host.Validator.ValidateAsync(SessionToken.Create());
        var malformed = await host.Validator.ValidateAsync("not a token!");
        var huge = await host.Validator.ValidateAsync(new string('A', 100_000));
        var none = await host.Validator.ValidateAsync(null);

        new[] { check, malformed, huge, none }.Should().OnlyContain(c => c.Status == SessionCheckStatus.Unknown);
    }

    [Fact]
    public async Task When_the_store_cannot_answer_the_check_fails_closed()
    {
        var user = await host.CreateUserAsync("ada@example.com");
        var started = await host.SignInAsync(user);
        await using (var db = host.Db())
        {
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE Sessions RENAME TO Sessions_gone;");
        }

        var check = await host.Validator.ValidateAsync(started.Token);

        check.Status.Should().Be(SessionCheckStatus.Unavailable);
        check.IsActive.Should().BeFalse();
    }

    [Fact]
    public async Task Local_addresses_read_as_local_network()
    {
        var user = await host.CreateUserAsync("ada@example.com");

        var started = await host.SignInAsync(user, SessionTestHost.Client(ip: "192.168.1.20"));

        started.Session.Location.Kind.Should().Be(LocationKind.LocalNetwork);
        started.Session.Location.Label.Should().Be("Local network");
    }

    private static async Task<byte[]> ReadSharedAsync(string path)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    private static bool ContainsAscii(byte[] haystack, string needle) =>
        haystack.AsSpan().IndexOf(System.Text.Encoding.ASCII.GetBytes(needle)) >= 0;

    [Fact]
    public async Task Two_sessions_revoking_each_other_at_once_end_only_one()
    {
        var user = await host.CreateUserAsync("ada@example.com");
        var a = await host.SignInAsync(user);
        var b = await host.SignInAsync(user, SessionTestHost.Client(SessionTestHost.SafariOnIPhone));

        var outcomes = await Task.WhenAll(
            Task.Run(() => host.Terminator.RevokeAsync(SessionActor.ForUser(user.Id, a.Session.Id), b.Session.Id)),
            Task.Run(() => host.Terminator.RevokeAsync(SessionActor.ForUser(user.Id, b.Session.Id), a.Session.Id)));

        outcomes.Should().Contain(RevokeOutcome.Revoked).And.Contain(RevokeOutcome.ActorSessionEnded);
        var still = new[] { await host.Validator.ValidateAsync(a.Token), await host.Validator.ValidateAsync(b.Token) };
        still.Count(c => c.IsActive).Should().Be(1);
    }

    [Fact]
    public async Task Two_sessions_revoking_all_others_at_once_leave_one_signed_in()
    {
        var user = await host.CreateUserAsync("ada@example.com");
        var a = await host.SignInAsync(user);
        var b = await host.SignInAsync(user);
        var c = await host.SignInAsync(user);

        await Task.WhenAll(
            Task.Run(() => host.Terminator.RevokeAllOthersAsync(
                SessionActor.ForUser(user.Id, a.Session.Id), a.Session.Id)),
            Task.Run(() => host.Terminator.RevokeAllOthersAsync(
                SessionActor.ForUser(user.Id, b.Session.Id), b.Session.Id)));

        var active = await host.Queries.ListActiveAsync(user.Id);
        active.Should().ContainSingle();
        new[] { a.Session.Id, b.Session.Id }.Should().Contain(active[0].Id);
        (await host.Validator.ValidateAsync(c.Token)).IsActive.Should().BeFalse();
    }

    [Fact]
    public async Task A_sign_in_checked_before_a_password_change_and_stored_after_it_is_ended_at_once()
    {
        var user = await host.CreateUserAsync("ada@example.com");
        var stampWhenChecked = user.SecurityStamp;
        using (var scope = host.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var fresh = (await users.FindByIdAsync(user.Id))!;
            (await users.ChangePasswordAsync(fresh, "Correct-horse-1", "Brand-new-pass-2")).Succeeded.Should().BeTrue();
        }

        var late = await host.Starter.StartAsync(user.Id, SessionTestHost.Client(), stampWhenChecked);

        var check = await host.Validator.ValidateAsync(late.Token);
        check.Status.Should().Be(SessionCheckStatus.Ended);
        check.EndReason.Should().Be(SessionEndReason.PasswordChanged);
        var current = await host.Starter.StartAsync(user.Id, SessionTestHost.Client(), (await StampOfAsync(user.Id)));
        (await host.Validator.ValidateAsync(current.Token)).IsActive.Should().BeTrue();
    }

    private async Task<string?> StampOfAsync(string userId)
    {
        await using var db = host.Db();
        return await db.Users.Where(u => u.Id == userId).Select(u => u.SecurityStamp).SingleAsync();
    }
}
