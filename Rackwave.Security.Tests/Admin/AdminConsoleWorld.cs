using Rackwave.Security.Persistence;
using Rackwave.Security.Sessions;
using Rackwave.Security.Tests.Support;

namespace Rackwave.Security.Tests.Admin;

/// <summary>
/// The accounts and sessions the admin console tests look at: a security admin signed in once,
/// Ada on a laptop in London and a phone on her home network, Bob on Firefox in Berlin (IPv6)
/// and Cy in Sweden. Each signs in a minute after the one before.
/// </summary>
internal sealed class AdminConsoleWorld
{
    public const string FirefoxOnLinux = "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0";

    private AdminConsoleWorld(SessionTestHost host) => Host = host;

    public SessionTestHost Host { get; }

    public ApplicationUser Admin { get; private set; } = default!;

    public ApplicationUser Ada { get; private set; } = default!;

    public ApplicationUser Bob { get; private set; } = default!;

    public ApplicationUser Cy { get; private set; } = default!;

    public StartedSession AdminSession { get; private set; } = default!;

    public StartedSession AdaLaptop { get; private set; } = default!;

    public StartedSession AdaPhone { get; private set; } = default!;

    public StartedSession BobDesktop { get; private set; } = default!;

    public StartedSession CySession { get; private set; } = default!;

    public static async Task<AdminConsoleWorld> CreateAsync(IDictionary<string, string?>? settings = null)
    {
        var host = await SessionTestHost.CreateAsync(settings);
        var world = new AdminConsoleWorld(host);
        world.Admin = await host.CreateUserAsync("admin@rackwave.test", securityAdmin: true);
        world.Ada = await host.CreateUserAsync("ada@example.com");
        world.Bob = await host.CreateUserAsync("bob@example.org");
        world.Cy = await host.CreateUserAsync("cy@example.se");
        world.AdminSession = await world.SignInAsync(world.Admin, SessionTestHost.Client(ip: "203.0.113.50"));
        world.AdaLaptop = await world.SignInAsync(world.Ada, SessionTestHost.Client(ip: "203.0.113.7"));
        world.AdaPhone = await world.SignInAsync(
            world.Ada, SessionTestHost.Client(SessionTestHost.SafariOnIPhone, "10.0.0.8"));
        world.BobDesktop = await world.SignInAsync(world.Bob, SessionTestHost.Client(FirefoxOnLinux, "2001:db8::5"));
        world.CySession = await world.SignInAsync(world.Cy, SessionTestHost.Client(ip: "198.51.100.4"));
        return world;
    }

    /// <summary>Every session of the world, in the order they started.</summary>
    public IReadOnlyList<StartedSession> All => [AdminSession, AdaLaptop, AdaPhone, BobDesktop, CySession];

    public async Task<StartedSession> SignInAsync(ApplicationUser user, Rackwave.Security.Sessions.ClientContext client)
    {
        var started = await Host.SignInAsync(user, client);
        Host.Time.Advance(TimeSpan.FromMinutes(1));
        return started;
    }
}
