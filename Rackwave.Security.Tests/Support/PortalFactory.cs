using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Rackwave.Security.Accounts;
using Rackwave.Security.Devices.UserAgents;
using Rackwave.Security.Persistence;
using Rackwave.Security.Sessions;
using Rackwave.Security.Tests.Locations;

namespace Rackwave.Security.Tests.Support;

/// <summary>
/// The whole web app in process, on a database file of its own, with the project's GeoIP fixture.
/// Settings can be overridden per test class; <see cref="UseFakeClock"/> swaps in a fake clock.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    private readonly TempDatabase _database;
    private readonly bool _ownsDatabase;

    public PortalFactory()
        : this(new TempDatabase(), ownsDatabase: true)
    {
    }

    private PortalFactory(TempDatabase database, bool ownsDatabase)
    {
        _database = database;
        _ownsDatabase = ownsDatabase;
    }

    public const string Password = "Correct-horse-1";

    /// <summary>Settings on top of the defaults below, applied before the host is built.</summary>
    public Dictionary<string, string?> Settings { get; } = new();

    /// <summary>When set, the app runs on this clock instead of the system's.</summary>
    public FakeTimeProvider? FakeClock { get; private set; }

    public PortalFactory UseFakeClock(DateTimeOffset start)
    {
        FakeClock = new FakeTimeProvider(start);
        return this;
    }

    /// <summary>
    /// Starts the portal on a real Kestrel server on a free port (browsers need one, and only a
    /// real server enforces what may stand in a header); returns its address.
    /// </summary>
    public Uri StartOnKestrel()
    {
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        return new Uri(addresses.Addresses.First());
    }

    /// <summary>
    /// Does something to an account through the app's own Identity user manager (so its session
    /// rules apply), as a page or an operator's script would; returns what that gave.
    /// </summary>
    public async Task<T> WithAccountAsync<T>(
        string userId, Func<UserManager<ApplicationUser>, ApplicationUser, Task<T>> act)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByIdAsync(userId) ?? throw new InvalidOperationException($"No account {userId}.");
        return await act(users, user);
    }

    /// <summary>Creates a confirmed account through Identity.</summary>
    public async Task<ApplicationUser> CreateUserAsync(string email, bool securityAdmin = false)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true };
        var created = await users.CreateAsync(user, Password);
        created.Succeeded.Should().BeTrue(string.Join("; ", created.Errors.Select(e => e.Description)));
        if (securityAdmin)
        {
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
            if (!await roles.RoleExistsAsync(SecurityRoles.SecurityAdmin))
            {
                await roles.CreateAsync(new IdentityRole(SecurityRoles.SecurityAdmin));
            }

            await users.AddToRoleAsync(user, SecurityRoles.SecurityAdmin);
        }

        return user;
    }

    /// <summary>
    /// The app started again over this one's database and settings, as after a restart; what runs
    /// at start runs again. The database stays this factory's.
    /// </summary>
    public PortalFactory Restarted()
    {
        var restarted = new PortalFactory(_database, ownsDatabase: false);
        foreach (var (key, value) in Settings)
        {
            restarted.Settings[key] = value;
        }

        return restarted;
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>The account's running sessions, as the store has them.</summary>
    public async Task<List<UserSession>> ActiveSessionsOfAsync(string userId)
    {
        await using var db = await Get<IDbContextFactory<SecurityDbContext>>().CreateDbContextAsync();
        return await db.Sessions.Where(s => s.UserId == userId && s.EndedAt == null).ToListAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");

        // Outside Development, ASP.NET serves files of referenced packages (MudBlazor's CSS and JS,
        // the framework's script) only when asked to.
        builder.UseStaticWebAssets();
        builder.UseSetting("ConnectionStrings:Rackwave", _database.ConnectionString);
        builder.UseSetting("GeoIp:CityDatabasePath", GeoIpFixtures.CityV1);
        builder.UseSetting("Accounts:RequireConfirmedEmail", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Devices:WarmUpAtStart", "false");

        // Tests sign in many times from one address; the limit is tested on its own.
        builder.UseSetting("Accounts:SignInAttemptsPerMinute", "100000");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.AddTransient<IStartupFilter, ConnectionAddressStartupFilter>();

            // One parser for the whole test run: loading and compiling the rules is the costly part.
            services.Replace(ServiceDescriptor.Singleton(UserAgentParser.Default));
        });
        if (FakeClock is { } clock)
        {
            builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsDatabase)
        {
            _database.Dispose();
        }
    }
}
