using Microsoft.Playwright;
using Rackwave.Security.Tests.Support;

namespace Rackwave.Security.Tests.Browser;

/// <summary>
/// The app on a real port (Kestrel) and one Debian Chromium for a whole test collection. Each
/// simulated device is a browser context of its own: its own cookies, its own circuit.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private IPlaywright? playwright;

    public PortalFactory Portal { get; } = new();

    public IBrowser Browser { get; private set; } = default!;

    public string BaseUrl { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        // What a page should show soon, it may show a little later on two busy cores.
        Assertions.SetDefaultExpectTimeout(10_000);

        // Pushes of Last Active are throttled to one per second here, so tests see them promptly.
        Portal.Settings["Sessions:ActivityPublishInterval"] = "00:00:01";
        BaseUrl = Portal.StartOnKestrel().ToString()
            .Replace("127.0.0.1", "localhost", StringComparison.Ordinal).TrimEnd('/');

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A new device: a fresh browser context with its own cookie jar.</summary>
    public async Task<IPage> NewDeviceAsync(int width = 1366, int height = 900, string? userAgent = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            UserAgent = userAgent,
            TimezoneId = "Europe/London",
        });
        // Generous: CI machines have two cores and the suite runs beside a build.
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        await Portal.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
