using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Rackwave.Security.Devices;
using Rackwave.Security.Persistence;
using Rackwave.Security.Sessions.Admin;

namespace Rackwave.Security.Benchmarks.AdminConsole;

/// <summary>
/// Times the admin console's reads on a seeded file through the real services. The process is
/// warmed first (EF Core's model, the first connection: what a running app has already paid);
/// then each case runs once cold (its first run: query compilation, pages not yet cached by
/// SQLite) and <see cref="AdminSeedOptions.Runs"/> times warm, and the median and slowest warm
/// runs are printed.
/// </summary>
internal static class AdminConsoleTimings
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output)
    {
        var options = AdminSeedOptions.Parse(args);
        var adminId = await AdminConsoleSeeder.EnsureAsync(options, output);
        var plans = new QueryPlanPrinter(output);
        await using var services = Services(options.DatabasePath, plans);
        var queries = services.GetRequiredService<AdminSessionQueries>();
        var counters = services.GetRequiredService<AdminCounterCache>();

        var warmUp = Stopwatch.StartNew();
        var dbFactory = services.GetRequiredService<IDbContextFactory<SecurityDbContext>>();
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            await db.Users.AnyAsync();
        }

        output.WriteLine($"{Environment.ProcessorCount} cores; process warm-up (EF model, first connection) "
            + $"{warmUp.Elapsed.TotalMilliseconds:F0} ms; {options.Runs} warm runs per case; times in ms.");
        if (options.AppWarmUp)
        {
            // What AdminConsoleWarmUp does in the background as the app starts.
            warmUp.Restart();
            await queries.WarmUpAsync(CancellationToken.None);
            output.WriteLine(
                $"The app's start-up warm-up of the console's queries: {warmUp.Elapsed.TotalMilliseconds:F0} ms");
        }

        output.WriteLine($"{"case",-52} {"cold",8} {"median",8} {"max",8}  result");
        foreach (var (name, run) in Cases(queries, counters, adminId))
        {
            await MeasureAsync(name, run, options.Runs, output);
            if (options.ShowPlans)
            {
                plans.Enabled = true;
                await run();
                plans.Enabled = false;
            }
        }

        return 0;
    }

    private static IEnumerable<(string Name, Func<Task<string>> Run)> Cases(
        AdminSessionQueries queries, AdminCounterCache counters, string adminId)
    {
        Func<Task<string>> Page(AdminSessionQuery query) => async () =>
        {
            var page = await queries.ListAsync(adminId, query);
            return $"{page.Items.Count} rows of {(page.TotalIsLowerBound ? "over " : "")}{page.Total:N0}";
        };

        (string, Func<Task<string>>) Filtered(string name, AdminSessionFilter filter) =>
            ($"filter {name}", Page(new AdminSessionQuery { Filter = filter }));

        yield return ("first page: last active desc, no filter", Page(new AdminSessionQuery()));
        foreach (var sort in Enum.GetValues<AdminSessionSort>())
        {
            foreach (var descending in new[] { false, true })
            {
                yield return ($"sort {sort} {(descending ? "desc" : "asc")}",
                    Page(new AdminSessionQuery { Sort = sort, Descending = descending }));
            }
        }

        yield return ("page 40 (rows 1001-1025), last active desc", Page(new AdminSessionQuery { Page = 40 }));
        yield return Filtered("e-mail contains 'user0123'", new() { EmailContains = "user0123" });
        yield return Filtered("e-mail contains 'example7' (many)", new() { EmailContains = "example7" });
        yield return Filtered("network 100.0.0.0/8", new() { Network = "100.0.0.0/8" });
        yield return Filtered("network 100.64.0.0/16", new() { Network = "100.64.0.0/16" });
        yield return Filtered("country SE", new() { CountryCode = "SE" });
        yield return Filtered("browser Firefox", new() { BrowserFamily = "Firefox" });
        yield return Filtered("device Other", new() { DeviceType = DeviceType.Other });
        yield return Filtered("active within 15 min", new() { ActiveWithinMinutes = 15 });
        yield return ("filter SE + Firefox + 60 min, sort e-mail", Page(new()
        {
            Filter = new() { CountryCode = "SE", BrowserFamily = "Firefox", ActiveWithinMinutes = 60 },
            Sort = AdminSessionSort.AccountEmail,
            Descending = false,
        }));
        yield return Filtered("matching nothing (e-mail 'nobody')", new() { EmailContains = "nobody" });
        yield return ("counters, computed (no cache)", async () =>
        {
            var c = await counters.CountAsync(AdminSeedOptions.Now);
            return $"{c.ActiveSessions:N0} sessions, {c.ActiveAccounts:N0} accounts, {c.SignInsLastHour:N0} sign-ins/h";
        });
        yield return ("counters, through the service (5 s cache)", async () =>
        {
            var c = await queries.CountersAsync(adminId);
            return $"{c.ActiveSessions:N0} sessions";
        });
        yield return ("filter choices (countries, browsers; 1 min cache)", async () =>
        {
            var facets = await queries.FacetsAsync(adminId);
            return $"{facets.Countries.Count} countries, {facets.Browsers.Count} browsers";
        });
        yield return ("activity feed, latest 25", async () =>
        {
            var feed = await queries.RecentActivityAsync(adminId, 25);
            return $"{feed.Count} entries";
        });
    }

    private static async Task MeasureAsync(string name, Func<Task<string>> run, int runs, TextWriter output)
    {
        var clock = Stopwatch.StartNew();
        var result = await run();
        var cold = clock.Elapsed.TotalMilliseconds;
        var warm = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            clock.Restart();
            await run();
            warm.Add(clock.Elapsed.TotalMilliseconds);
        }

        warm.Sort();
        output.WriteLine($"{name,-52} {cold,8:F1} {warm[warm.Count / 2],8:F1} {warm[^1],8:F1}  {result}");
    }

    private static ServiceProvider Services(string path, QueryPlanPrinter plans)
    {
        var configuration = new ConfigurationBuilder().Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(new FixedClock(AdminSeedOptions.Now));
        services.AddDbContextFactory<SecurityDbContext>(o => o
            .UseSqlite(AdminConsoleSeeder.ConnectionString(path))
            .AddInterceptors(plans));
        services.AddSessionTracking(configuration);
        return services.BuildServiceProvider();
    }
}
