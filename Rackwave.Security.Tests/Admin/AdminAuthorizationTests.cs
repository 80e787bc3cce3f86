using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rackwave.Security.Accounts;
using Rackwave.Security.Audit;
using Rackwave.Security.Persistence;
using Rackwave.Security.Sessions;
using Rackwave.Security.Sessions.Admin;

namespace Rackwave.Security.Tests.Admin;

/// <summary>
/// The admin operations check the role in the store themselves: a normal user who calls them
/// (or guesses another account's real session id) is refused and nothing changes.
/// </summary>
public sealed class AdminAuthorizationTests : IAsyncLifetime
{
    private AdminConsoleWorld world = default!;

    private AdminSessionQueries Queries => world.Host.Get<AdminSessionQueries>();

    private SessionActor Ada => SessionActor.ForUser(world.Ada.Id);

    public async Task InitializeAsync() => world = await AdminConsoleWorld.CreateAsync();

    public async Task DisposeAsync() => await world.Host.DisposeAsync();

    [Fact]
    public async Task A_normal_user_may_not_list_every_accounts_sessions()
    {
        var act = () => Queries.ListAsync(world.Ada.Id, new AdminSessionQuery());

        await act.Should().ThrowAsync<SecurityAdminRequiredException>();
    }

    [Fact]
    public async Task A_normal_user_may_not_read_the_counters_the_feed_or_the_filter_choices()
    {
        await FluentActions.Awaiting(() => Queries.CountersAsync(world.Ada.Id))
            .Should().ThrowAsync<SecurityAdminRequiredException>();
        await FluentActions.Awaiting(() => Queries.RecentActivityAsync(world.Ada.Id))
            .Should().ThrowAsync<SecurityAdminRequiredException>();
        await FluentActions.Awaiting(() => Queries.FacetsAsync(world.Ada.Id))
            .Should().ThrowAsync<SecurityAdminRequiredException>();
    }

    [Fact]
    public async Task An_unknown_or_empty_user_id_is_refused_too()
    {
        await FluentActions.Awaiting(() => Queries.ListAsync("no-such-user", new AdminSessionQuery()))
            .Should().ThrowAsync<SecurityAdminRequiredException>();
        await FluentActions.Awaiting(() => Queries.ListAsync(string.Empty, new AdminSessionQuery()))
            .Should().ThrowAsync<SecurityAdminRequiredException>();
    }

    [Fact]
    public async Task An_admin_whose_role_was_taken_away_is_refused_at_once()
    {
        using (var scope = world.Host.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var admin = await users.FindByIdAsync(world.Admin.Id);
            (await users.RemoveFromRoleAsync(admin!, SecurityRoles.SecurityAdmin)).Succeeded.Should().BeTrue();
        }

        var act = () => Queries.ListAsync(world.Admin.Id, new AdminSessionQuery());

        await act.Should().ThrowAsync<SecurityAdminRequiredException>();
    }

    [Fact]
    public async Task A_normal_user_may_not_revoke_every_session_of_another_account()
    {
        var auditBefore = await AuditCountAsync();

        var (outcome, count) = await world.Host.Terminator.RevokeAllForAccountAsync(
            Ada, world.Bob.Id, adminSessionId: null);

        outcome.Should().Be(RevokeOutcome.Forbidden);
        count.Should().Be(0);
        (await world.Host.Validator.ValidateAsync(world.BobDesktop.Token)).IsActive.Should().BeTrue();
        (await AuditCountAsync()).Should().Be(auditBefore);
    }

    [Fact]
    public async Task Guessing_another_accounts_real_session_id_changes_nothing()
    {
        var auditBefore = await AuditCountAsync();

        var outcome = await world.Host.Terminator.RevokeAsync(Ada, world.BobDesktop.Session.Id);

        outcome.Should().Be(RevokeOutcome.NotFound, "another account's session must read as one that does not exist");
        (await world.Host.Validator.ValidateAsync(world.BobDesktop.Token)).IsActive.Should().BeTrue();
        await using var db = world.Host.Db();
        var row = await db.Sessions.SingleAsync(s => s.Id == world.BobDesktop.Session.Id);
        row.EndedAt.Should().BeNull();
        row.EndedByUserId.Should().BeNull();
        (await AuditCountAsync()).Should().Be(auditBefore);
    }

    [Fact]
    public async Task Guessing_an_id_reads_the_same_as_an_id_that_does_not_exist()
    {
        var real = await world.Host.Terminator.RevokeAsync(Ada, world.CySession.Session.Id);
        var madeUp = await world.Host.Terminator.RevokeAsync(Ada, Guid.CreateVersion7());

        real.Should().Be(madeUp);
    }

    [Fact]
    public async Task An_admin_revokes_anothers_session_as_revoked_by_admin()
    {
        var outcome = await world.Host.Terminator.RevokeAsync(
            SessionActor.ForUser(world.Admin.Id), world.BobDesktop.Session.Id);

        outcome.Should().Be(RevokeOutcome.Revoked);
        (await world.Host.Validator.ValidateAsync(world.BobDesktop.Token)).EndReason
            .Should().Be(SessionEndReason.RevokedByAdmin);
    }

    [Fact]
    public async Task Revoking_all_of_the_admins_own_account_keeps_the_session_in_use()
    {
        var second = await world.SignInAsync(world.Admin, SessionTestHostClient());

        var (outcome, count) = await world.Host.Terminator.RevokeAllForAccountAsync(
            SessionActor.ForUser(world.Admin.Id), world.Admin.Id, world.AdminSession.Session.Id);

        outcome.Should().Be(RevokeOutcome.Revoked);
        count.Should().Be(1);
        (await world.Host.Validator.ValidateAsync(world.AdminSession.Token)).IsActive.Should().BeTrue();
        (await world.Host.Validator.ValidateAsync(second.Token)).IsActive.Should().BeFalse();
    }

    private static ClientContext SessionTestHostClient() =>
        Rackwave.Security.Tests.Support.SessionTestHost.Client(ip: "203.0.113.99");

    private async Task<int> AuditCountAsync()
    {
        await using var db = world.Host.Db();
        return await db.Set<AuditEntry>().CountAsync();
    }
}
