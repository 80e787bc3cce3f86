using Microsoft.EntityFrameworkCore;
using Rackwave.Security.Audit;
using Rackwave.Security.Sessions;
using Rackwave.Security.Tests.Support;

namespace Rackwave.Security.Tests.Sessions;

public sealed class AuditInvariantTests : IAsyncLifetime
{
    private SessionTestHost host = default!;

    public async Task InitializeAsync() => host = await SessionTestHost.CreateAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Every_ended_session_has_one_reason_one_end_time_and_one_audit_entry_however_it_ended()
    {
        var ada = await host.CreateUserAsync("ada@example.com");
        var admin = await host.CreateUserAsync("admin@example.com", securityAdmin: true);
        var sessions = new List<StartedSession>();
        for (var i = 0; i < 8; i++)
        {
            sessions.Add(await host.SignInAsync(ada));
        }

        await host.Terminator.SignOutAsync(sessions[0].Session.Id, ada.Id);
        await host.Terminator.RevokeAsync(SessionActor.ForUser(ada.Id), sessions[1].Session.Id);
        await host.Terminator.RevokeAsync(SessionActor.ForUser(admin.Id), sessions[2].Session.Id);
        await host.Terminator.ExpireAsync(sessions[3].Session.Id, SessionEndReason.AbsoluteLifetime);
        await host.Terminator.RevokeAllOthersAsync(SessionActor.ForUser(ada.Id), sessions[7].Session.Id);
        host.Time.Advance(TimeSpan.FromDays(2));
        await host.Get<SessionSweeper>().SweepOnceAsync();
        await host.Terminator.RevokeAsync(SessionActor.ForUser(ada.Id), sessions[1].Session.Id);

        await using var db = host.Db();
        var ended = await db.Sessions.Where(s => s.EndedAt != null).ToListAsync();
        var endAudits = await db.AuditEntries.Where(a => a.Kind == AuditEventKind.SessionEnded).ToListAsync();
        ended.Should().HaveCount(8);
        ended.Should().OnlyContain(s => s.EndReason != null);
        endAudits.Should().HaveCount(8);
        endAudits.Select(a => a.SessionId).Should()
            .OnlyHaveUniqueItems().And.BeEquivalentTo(ended.Select(s => (Guid?)s.Id));
        foreach (var session in ended)
        {
            var entry = endAudits.Single(a => a.SessionId == session.Id);
            entry.EndReason.Should().Be(session.EndReason);
            entry.OccurredAt.Should().Be(session.EndedAt!.Value);
        }

        var byAdmin = endAudits.Single(a => a.SessionId == sessions[2].Session.Id);
        byAdmin.EndReason.Should().Be(SessionEndReason.RevokedByAdmin);
        byAdmin.ActorKind.Should().Be(ActorKind.Admin);
        byAdmin.ActorEmail.Should().Be("admin@example.com");
        (await db.AuditEntries.CountAsync(a => a.Kind == AuditEventKind.SignedIn)).Should().Be(8);
    }

    [Fact]
    public async Task The_store_itself_refuses_a_second_end_entry_for_one_session()
    {
        var ada = await host.CreateUserAsync("ada@example.com");
        var started = await host.SignInAsync(ada);
        await host.Terminator.SignOutAsync(started.Session.Id, ada.Id);

        await using var db = host.Db();
        db.AuditEntries.Add(new AuditEntry
        {
            Kind = AuditEventKind.SessionEnded,
            SessionId = started.Session.Id,
            UserId = ada.Id,
            OccurredAt = DateTime.UtcNow,
        });
        var second = () => db.SaveChangesAsync();

        await second.Should().ThrowAsync<DbUpdateException>();
    }
}
