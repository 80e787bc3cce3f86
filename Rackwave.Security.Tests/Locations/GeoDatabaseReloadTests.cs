using System.Net;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Rackwave.Security.Locations;

namespace Rackwave.Security.Tests.Locations;

/// <summary>Replacing the database file while the app runs, as geoipupdate does.</summary>
public sealed class GeoDatabaseReloadTests : IAsyncLifetime
{
    private static readonly IPAddress London = IPAddress.Parse("203.0.113.7");
    private static readonly TimeSpan Interval = new GeoIpOptions().ReloadCheckInterval;
    private static readonly DateTime Tomorrow = new(2031, 1, 2, 0, 0, 0, DateTimeKind.Utc);

    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new();
    private readonly string _path;
    private readonly GeoDatabaseTestBuilder _builder;
    private readonly GeoDatabaseProvider _provider;
    private readonly MaxMindGeoLocator _locator;
    private readonly GeoDatabaseReloadService _reload;

    public GeoDatabaseReloadTests()
    {
        _path = _folder.Copy(GeoIpFixtures.CityV1, "GeoLite2-City.mmdb");
        _builder = new GeoDatabaseTestBuilder(_path);
        _provider = _builder.Provider();
        _locator = GeoDatabaseTestBuilder.Locator(_provider);
        _reload = new GeoDatabaseReloadService(_provider, _builder.Options, _time);
    }

    public Task InitializeAsync() => _reload.StartAsync(CancellationToken.None);

    [Fact]
    public async Task A_replaced_file_is_served_after_the_next_check_and_no_lookup_fails()
    {
        using var stop = new CancellationTokenSource();
        var counter = new LookupCounter();
        var workers = Enumerable.Range(0, 4)
            .Select(_ => Task.Factory.StartNew(
                () => LookUpUntilStopped(counter, stop.Token),
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default))
            .ToArray();
        counter.WaitForMore(500);

        TempFolder.ReplaceByRename(GeoIpFixtures.CityV2, _path, Tomorrow);
        var beforeCheck = _locator.Locate(London).City;
        _time.Advance(Interval);
        var afterCheck = _locator.Locate(London).City;
        counter.WaitForMore(500);
        await stop.CancelAsync();
        var labels = (await Task.WhenAll(workers)).SelectMany(seen => seen).ToHashSet();

        beforeCheck.Should().Be("London", "nothing changes before the timer looks at the file");
        afterCheck.Should().Be("Edinburgh");
        labels.Should().BeEquivalentTo(["London, United Kingdom", "Edinburgh, United Kingdom"]);
        (await HealthAsync()).Status.Should().Be(HealthStatus.Healthy);
    }

    [Fact]
    public async Task A_damaged_replacement_keeps_the_previous_data_and_reports_degraded()
    {
        var damaged = _folder.Truncated(GeoIpFixtures.CityV2, "damaged.mmdb");

        TempFolder.ReplaceByRename(damaged, _path, Tomorrow);
        _time.Advance(Interval);

        _locator.Locate(London).City.Should().Be("London");
        var health = await HealthAsync();
        health.Status.Should().Be(HealthStatus.Degraded);
        health.Description.Should().Contain("cannot be read").And.Contain("Still serving");
        _builder.Logger.AtLeast(LogLevel.Error).Should().ContainSingle()
            .Which.Message.Should().Contain(_path);
    }

    [Fact]
    public async Task A_good_file_after_a_damaged_one_is_served_and_healthy()
    {
        var damaged = _folder.Garbled(GeoIpFixtures.CityV2, "damaged.mmdb");
        TempFolder.ReplaceByRename(damaged, _path, Tomorrow);
        _time.Advance(Interval);

        TempFolder.ReplaceByRename(GeoIpFixtures.CityV2, _path, Tomorrow.AddHours(1));
        _time.Advance(Interval);

        _locator.Locate(London).City.Should().Be("Edinburgh");
        (await HealthAsync()).Status.Should().Be(HealthStatus.Healthy);
    }

    [Fact]
    public async Task A_file_that_appears_later_is_loaded_at_the_next_check()
    {
        var laterPath = _folder.File("later.mmdb");
        var builder = new GeoDatabaseTestBuilder(laterPath);
        using var provider = builder.Provider();
        using var reload = new GeoDatabaseReloadService(provider, builder.Options, _time);
        await reload.StartAsync(CancellationToken.None);

        TempFolder.ReplaceByRename(GeoIpFixtures.CityV1, laterPath, Tomorrow);
        _time.Advance(Interval);

        GeoDatabaseTestBuilder.Locator(provider).Locate(London).City.Should().Be("London");
        var health = await GeoDatabaseTestBuilder.HealthCheck(provider).CheckHealthAsync(new());
        health.Status.Should().Be(HealthStatus.Healthy);
        await reload.StopAsync(CancellationToken.None);
    }

    [Fact]
    public void An_unchanged_file_is_not_loaded_again()
    {
        var database = _provider.Snapshot.Database;

        _time.Advance(Interval * 5);

        _provider.Snapshot.Database.Should().BeSameAs(database);
        _builder.Logger.Entries.Should().ContainSingle(entry => entry.Message.StartsWith("Loaded"));
    }

    [Fact]
    public void A_removed_file_keeps_the_previous_data()
    {
        File.Delete(_path);
        _time.Advance(Interval);

        _locator.Locate(London).City.Should().Be("London");
        _provider.Snapshot.Status.Description.Should().Contain("does not exist");
    }

    [Fact]
    public async Task Nothing_is_checked_after_the_service_stops()
    {
        await _reload.StopAsync(CancellationToken.None);

        TempFolder.ReplaceByRename(GeoIpFixtures.CityV2, _path, Tomorrow);
        _time.Advance(Interval * 2);

        _locator.Locate(London).City.Should().Be("London");
    }

    public async Task DisposeAsync()
    {
        await _reload.StopAsync(CancellationToken.None);
        _reload.Dispose();
        _provider.Dispose();
        _folder.Dispose();
    }

    private HashSet<string> LookUpUntilStopped(LookupCounter counter, CancellationToken stop)
    {
        var labels = new HashSet<string>();
        while (!stop.IsCancellationRequested)
        {
            labels.Add(_locator.Locate(London).Label);
            counter.Add();
        }

        return labels;
    }

    private Task<HealthCheckResult> HealthAsync() =>
        GeoDatabaseTestBuilder.HealthCheck(_provider).CheckHealthAsync(new());

    /// <summary>Counts lookups made on other threads, so the test knows they really ran.</summary>
    private sealed class LookupCounter
    {
        private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
        private long _count;

        public void Add() => Interlocked.Increment(ref _count);

        public void WaitForMore(long more)
        {
            var target = Interlocked.Read(ref _count) + more;
            SpinWait.SpinUntil(() => Interlocked.Read(ref _count) >= target, Patience)
                .Should().BeTrue("the lookup threads should keep running");
        }
    }
}
