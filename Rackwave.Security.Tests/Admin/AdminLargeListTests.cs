using Rackwave.Security.Sessions.Admin;

namespace Rackwave.Security.Tests.Admin;

/// <summary>
/// With a count limit below the number of matches, pages come from a walk of the sort order's
/// index (INDEXED BY on SQLite) and the total says "over": the same rows, the same order.
/// </summary>
public sealed class AdminLargeListTests : IAsyncLifetime
{
    private AdminConsoleWorld small = default!;
    private AdminConsoleWorld large = default!;

    public async Task InitializeAsync()
    {
        small = await AdminConsoleWorld.CreateAsync();
        large = await AdminConsoleWorld.CreateAsync(
            new Dictionary<string, string?> { ["AdminConsole:CountLimit"] = "2" });
    }

    public async Task DisposeAsync()
    {
        await small.Host.DisposeAsync();
        await large.Host.DisposeAsync();
    }

    [Fact]
    public async Task Says_over_the_limit_instead_of_counting_every_match()
    {
        var page = await Queries(large).ListAsync(large.Admin.Id, new AdminSessionQuery());

        page.Total.Should().Be(2);
        page.TotalIsLowerBound.Should().BeTrue();
        page.Items.Should().HaveCount(5);
    }

    [Theory]
    [InlineData(AdminSessionSort.LastActive)]
    [InlineData(AdminSessionSort.SignedIn)]
    [InlineData(AdminSessionSort.AccountEmail)]
    [InlineData(AdminSessionSort.IpAddress)]
    [InlineData(AdminSessionSort.Location)]
    [InlineData(AdminSessionSort.Browser)]
    public async Task Walking_the_sort_index_gives_the_same_pages_as_sorting_the_matches(AdminSessionSort sort)
    {
        foreach (var descending in new[] { false, true })
        {
            for (var page = 0; page < 3; page++)
            {
                var query = new AdminSessionQuery { Sort = sort, Descending = descending, Page = page, PageSize = 2 };

                var walked = await Queries(large).ListAsync(large.Admin.Id, query);
                var sorted = await Queries(small).ListAsync(small.Admin.Id, query);

                walked.Items.Select(Describe).Should().Equal(sorted.Items.Select(Describe), $"{sort} page {page}");
            }
        }
    }

    [Fact]
    public async Task Filters_still_apply_while_walking_an_index()
    {
        var query = new AdminSessionQuery
        {
            Filter = new() { EmailContains = "example" },
            Sort = AdminSessionSort.SignedIn,
            Descending = false,
        };

        var page = await Queries(large).ListAsync(large.Admin.Id, query);

        page.Items.Select(s => s.UserEmail)
            .Should().Equal("ada@example.com", "ada@example.com", "bob@example.org", "cy@example.se");
    }

    private static AdminSessionQueries Queries(AdminConsoleWorld world) => world.Host.Get<AdminSessionQueries>();

    /// <summary>What a row shows, minus ids and times, which differ between the two worlds.</summary>
    private static string Describe(Rackwave.Security.Sessions.SessionView s) =>
        $"{s.UserEmail} {s.LastIp} {s.Device.ClientLabel} {s.Location.Label}";
}
