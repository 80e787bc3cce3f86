using Rackwave.Security.Devices;
using Rackwave.Security.Sessions;
using Rackwave.Security.Sessions.Admin;

namespace Rackwave.Security.Tests.Admin;

public sealed class AdminSessionQueriesTests : IAsyncLifetime
{
    private AdminConsoleWorld world = default!;

    private AdminSessionQueries Queries => world.Host.Get<AdminSessionQueries>();

    private string AdminId => world.Admin.Id;

    public async Task InitializeAsync() => world = await AdminConsoleWorld.CreateAsync();

    public async Task DisposeAsync() => await world.Host.DisposeAsync();

    [Fact]
    public async Task Lists_the_running_sessions_of_every_account_with_their_e_mails_most_recent_first()
    {
        var page = await Queries.ListAsync(AdminId, new AdminSessionQuery());

        page.Items.Select(s => s.Id).Should().Equal(world.All.Reverse().Select(s => s.Session.Id));
        page.Items.Select(s => s.UserEmail).Should().Equal(
            "cy@example.se", "bob@example.org", "ada@example.com", "ada@example.com", "admin@rackwave.test");
        page.Total.Should().Be(5);
        page.TotalIsLowerBound.Should().BeFalse();
    }

    [Fact]
    public async Task Leaves_out_sessions_that_have_ended()
    {
        await world.Host.Terminator.SignOutAsync(world.AdaPhone.Session.Id, world.Ada.Id);

        var page = await Queries.ListAsync(AdminId, new AdminSessionQuery());

        page.Items.Select(s => s.Id).Should().NotContain(world.AdaPhone.Session.Id);
        page.Total.Should().Be(4);
    }

    [Fact]
    public async Task Shows_last_active_as_this_server_saw_it_before_it_is_written()
    {
        world.Host.Time.Advance(TimeSpan.FromMinutes(10));
        var usedAt = world.Host.Time.GetUtcNow().UtcDateTime;
        await world.Host.Activity.RecordAsync(world.AdaLaptop.Session.Id, world.Ada.Id, address: null);

        var page = await Queries.ListAsync(AdminId, new AdminSessionQuery());

        page.Items[0].Id.Should().NotBe(world.AdaLaptop.Session.Id, "the stored order is kept");
        page.Items.Single(s => s.Id == world.AdaLaptop.Session.Id).LastActiveAt.Should().Be(usedAt);
    }

    [Theory]
    [InlineData(AdminSessionSort.AccountEmail, false, "ada@example.com")]
    [InlineData(AdminSessionSort.AccountEmail, true, "cy@example.se")]
    [InlineData(AdminSessionSort.SignedIn, false, "admin@rackwave.test")]
    [InlineData(AdminSessionSort.Location, false, "ada@example.com")]
    [InlineData(AdminSessionSort.Location, true, "ada@example.com")]
    [InlineData(AdminSessionSort.Browser, false, "admin@rackwave.test")]
    [InlineData(AdminSessionSort.Browser, true, "ada@example.com")]
    public async Task Sorts_by_the_chosen_column(AdminSessionSort sort, bool descending, string firstEmail)
    {
        var page = await Queries.ListAsync(AdminId, new AdminSessionQuery { Sort = sort, Descending = descending });

        page.Items.Should().HaveCount(5);
        page.Items[0].UserEmail.Should().Be(firstEmail);
    }

    [Fact]
    public async Task Sorts_addresses_by_number_with_IPv4_before_IPv6()
    {
        var query = new AdminSessionQuery { Sort = AdminSessionSort.IpAddress, Descending = false };

        var page = await Queries.ListAsync(AdminId, query);

        page.Items.Select(s => s.LastIp)
            .Should().Equal("10.0.0.8", "198.51.100.4", "203.0.113.7", "203.0.113.50", "2001:db8::5");
    }

    [Fact]
    public async Task Filters_by_part_of_the_account_e_mail_in_any_case()
    {
        var page = await Queries.ListAsync(AdminId, Filtered(new() { EmailContains = "ADA@" }));

        page.Items.Select(s => s.Id).Should().BeEquivalentTo([world.AdaLaptop.Session.Id, world.AdaPhone.Session.Id]);
    }

    [Theory]
    [InlineData("203.0.113.0/24", 2)]
    [InlineData("203.0.113.7/24", 2)]
    [InlineData("203.0.113.7", 1)]
    [InlineData("203.0.112.0/23", 2)]
    [InlineData("10.0.0.0/8", 1)]
    [InlineData("2001:db8::/32", 1)]
    [InlineData("0.0.0.0/0", 4)]
    [InlineData("192.0.2.0/24", 0)]
    [InlineData("not an address", 0)]
    [InlineData("10.0.0.0/33", 0)]
    public async Task Filters_by_address_or_network(string network, int expected)
    {
        var page = await Queries.ListAsync(AdminId, Filtered(new() { Network = network }));

        page.Total.Should().Be(expected);
    }

    [Fact]
    public async Task Filters_by_country_browser_and_device_type()
    {
        var sweden = await Queries.ListAsync(AdminId, Filtered(new() { CountryCode = "se" }));
        var firefox = await Queries.ListAsync(AdminId, Filtered(new() { BrowserFamily = "Firefox" }));
        var phones = await Queries.ListAsync(AdminId, Filtered(new() { DeviceType = DeviceType.Phone }));

        sweden.Items.Should().ContainSingle().Which.Id.Should().Be(world.CySession.Session.Id);
        firefox.Items.Should().ContainSingle().Which.Id.Should().Be(world.BobDesktop.Session.Id);
        phones.Items.Should().ContainSingle().Which.Id.Should().Be(world.AdaPhone.Session.Id);
    }

    [Fact]
    public async Task Filters_by_recent_activity()
    {
        var page = await Queries.ListAsync(AdminId, Filtered(new() { ActiveWithinMinutes = 3 }));

        page.Items.Select(s => s.Id).Should().BeEquivalentTo([world.CySession.Session.Id, world.BobDesktop.Session.Id]);
    }

    [Fact]
    public async Task Pages_through_the_matches_without_gaps_or_repeats()
    {
        var seen = new List<Guid>();
        for (var page = 0; page < 3; page++)
        {
            var result = await Queries.ListAsync(AdminId, new AdminSessionQuery { Page = page, PageSize = 2 });
            seen.AddRange(result.Items.Select(s => s.Id));
            result.Total.Should().Be(5);
        }

        seen.Should().Equal(world.All.Reverse().Select(s => s.Session.Id));
    }

    [Fact]
    public async Task Counts_the_sign_ins_of_the_last_hour_and_the_accounts_with_a_running_session()
    {
        await world.Host.Terminator.SignOutAsync(world.CySession.Session.Id, world.Cy.Id);

        var counters = await world.Host.Get<AdminCounterCache>().CountAsync(world.Host.Time.GetUtcNow().UtcDateTime);

        counters.ActiveSessions.Should().Be(4);
        counters.ActiveAccounts.Should().Be(3);
        counters.SignInsLastHour.Should().Be(5);
    }

    [Fact]
    public async Task Counters_are_shared_and_counted_again_only_after_a_few_seconds()
    {
        var first = await Queries.CountersAsync(AdminId);

        await world.Host.SignInAsync(world.Bob);
        var cached = await Queries.CountersAsync(AdminId);
        world.Host.Time.Advance(AdminCounterCache.MaxAge);
        var recounted = await Queries.CountersAsync(AdminId);

        cached.Should().BeSameAs(first);
        recounted.ActiveSessions.Should().Be(first.ActiveSessions + 1);
        recounted.AsOf.Should().BeAfter(first.AsOf);
    }

    [Fact]
    public void Moved_counters_keep_their_time_and_never_go_below_zero()
    {
        var counted = new AdminCounters(1, 1, 0, world.Host.Time.GetUtcNow().UtcDateTime);

        var moved = counted.Moved(sessions: -3, signIns: 2);

        moved.Should().Be(counted with { ActiveSessions = 0, SignInsLastHour = 2 });
    }

    [Fact]
    public async Task The_feed_has_the_latest_events_of_every_account_newest_first()
    {
        await world.Host.Terminator.RevokeAsync(SessionActor.ForUser(AdminId), world.BobDesktop.Session.Id);

        var feed = await Queries.RecentActivityAsync(AdminId, limit: 3);

        feed.Should().HaveCount(3);
        feed[0].SessionId.Should().Be(world.BobDesktop.Session.Id);
        feed[0].EndReason.Should().Be(SessionEndReason.RevokedByAdmin);
        feed[1].UserEmail.Should().Be("cy@example.se");
        feed[2].UserEmail.Should().Be("bob@example.org");
    }

    [Fact]
    public async Task Offers_the_countries_and_browsers_of_running_sessions()
    {
        var facets = await Queries.FacetsAsync(AdminId);

        facets.Countries.Should().Equal(
            new CountryFacet("DE", "Germany"),
            new CountryFacet("SE", "Sweden"),
            new CountryFacet("GB", "United Kingdom"));
        facets.Browsers.Should().Contain(["Chrome", "Firefox"]);
    }

    private static AdminSessionQuery Filtered(AdminSessionFilter filter) => new() { Filter = filter };
}
