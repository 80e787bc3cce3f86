using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Rackwave.Security.Accounts;
using Rackwave.Security.Devices;
using Rackwave.Security.Devices.UserAgents;
using Rackwave.Security.Locations;
using Rackwave.Security.Persistence;
using Rackwave.Security.Sessions;
using Rackwave.Security.Tests.Locations;

namespace Rackwave.Security.Tests.Support;

/// <summary>
/// The session domain as the app composes it, on a real SQLite file (WAL, migrated), with a fake
/// clock. Hosted services are not started: tests drive flushes and sweeps themselves.
/// </summary>
internal sealed class SessionTestHost : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public const string ChromeOnWindows =
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"
        + " AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36";

    public const string SafariOnIPhone =
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"
        + " AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";

    private readonly TempDatabase _database;

    private SessionTestHost(TempDatabase database, ServiceProvider services, FakeTimeProvider time)
    {
        _database = database;
        Services = services;
        Time = time;
    }

    public ServiceProvider Services { get; }

    public FakeTimeProvider Time { get; }

    public string DatabasePath => _database.Path;

    public SessionStarter Starter => Get<SessionStarter>();

    public SessionValidator Validator => Get<SessionValidator>();

    public SessionTerminator Terminator => Get<SessionTerminator>();

    public SessionQueries Queries => Get<SessionQueries>();

    public SessionActivityTracker Activity => Get<SessionActivityTracker>();

    public static async Task<SessionTestHost> CreateAsync(IDictionary<string, string?>? settings = null)
    {
        var database = new TempDatabase();
        var time = new FakeTimeProvider(Start);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["GeoIp:CityDatabasePath"] = GeoIpFixtures.CityV1,
            })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();

        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(time);
        services.AddSingleton<IConfiguration>(configuration);
        services.AddDbContextFactory<SecurityDbContext>(o => o.UseSqlite(database.ConnectionString));
        services.AddSessionTracking(configuration);
        // One parser for the whole test run: loading and compiling the rules is the costly part.
        services.AddSingleton(UserAgentParser.Default);
        services.AddDeviceDetection(options => options.WarmUpAtStart = false);
        services.AddGeoLocation(configuration);
        services.AddDataProtection();
        services.AddIdentityCore<ApplicationUser>()
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<SecurityDbContext>()
            .AddUserManager<SessionAwareUserManager>()
            .AddDefaultTokenProviders();

        var provider = services.BuildServiceProvider(validateScopes: true);
        await database.MigrateAsync(provider);
        return new SessionTestHost(database, provider, time);
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public SecurityDbContext Db() => Get<IDbContextFactory<SecurityDbContext>>().CreateDbContext();

    public static ClientContext Client(string userAgent = ChromeOnWindows, string ip = "203.0.113.7") =>
        new(IPAddress.Parse(ip), userAgent, ClientHints.None);

    /// <summary>Creates an account through Identity, as registration would.</summary>
    public async Task<ApplicationUser> CreateUserAsync(string email, bool securityAdmin = false)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true };
        (await users.CreateAsync(user, "Correct-horse-1")).Succeeded.Should().BeTrue();
        if (securityAdmin)
        {
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
            if (!await roles.RoleExistsAsync(SecurityRoles.SecurityAdmin))
            {
                await roles.CreateAsync(new IdentityRole(SecurityRoles.SecurityAdmin));
            }

            (await users.AddToRoleAsync(user, SecurityRoles.SecurityAdmin)).Succeeded.Should().BeTrue();
        }

        return user;
    }

    /// <summary>Signs a user in from a client, as the cookie's sign-in event does.</summary>
    public Task<StartedSession> SignInAsync(ApplicationUser user, ClientContext? client = null) =>
        Starter.StartAsync(user.Id, client ?? Client());

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        _database.Dispose();
    }
}
