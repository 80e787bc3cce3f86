using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using MudBlazor.Services;
using Rackwave.Security;
using Rackwave.Security.Devices;
using Rackwave.Security.Locations;
using Rackwave.Security.Network;
using Rackwave.Security.Persistence;
using Rackwave.Security.Web.Components;
using Rackwave.Security.Web.Components.Account;
using Rackwave.Security.Web.Hosting;
using Rackwave.Security.Web.Sessions;

try
{
    var builder = WebApplication.CreateBuilder(args);

    builder.Services.AddRazorComponents().AddInteractiveServerComponents();
    builder.Services.AddMudServices();
    builder.Services.AddRackwaveData(builder.Configuration, builder.Environment);

    // Hosted services start in this order: the database is made ready before anything reads it.
    builder.Services.AddHostedService<DatabaseInitializer>();
    builder.Services.AddSessionTracking(builder.Configuration);
    builder.Services.AddClientAddressResolution(builder.Configuration);
    builder.Services.AddGeoLocation(builder.Configuration);
    builder.Services.AddDeviceDetection(options =>
        options.WarmUpAtStart = builder.Configuration.GetValue("Devices:WarmUpAtStart", defaultValue: true));
    builder.Services.AddRackwaveIdentity(builder.Configuration, builder.Environment);
    builder.Services.AddSignInRateLimiting(builder.Configuration);
    builder.Services.AddHealthChecks()
        .AddDbContextCheck<SecurityDbContext>("database")
        .AddCheck<GeoLocationHealthCheck>(GeoLocationHealthCheck.Name);

    var app = builder.Build();

    // Settings are checked before anything else runs, so a wrong value stops the app with its name
    // and the rule it breaks (the host would check them again as it starts).
    app.Services.GetRequiredService<IStartupValidator>().Validate();
    AllowedHostsCheck.CheckLinkOrigin(app);

    app.UseForwardedScheme();

    if (app.Environment.IsDevelopment())
    {
        app.UseMigrationsEndPoint();
    }
    else
    {
        app.UseExceptionHandler("/Error", createScopeForErrors: true);
        app.UseHsts();
    }

    app.UseSecurityHeaders();
    app.UseStatusPages();
    app.UseRateLimiter();
    app.UseAuthentication();
    app.UseMiddleware<SessionRefusalMiddleware>();
    app.UseAuthorization();
    app.UseAntiforgery();
    app.UseAntiforgeryFailurePage();

    app.MapStaticAssets();
    app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
    app.MapAdditionalIdentityEndpoints();
    app.MapPreferenceEndpoints();
    app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthResponse.WriteAsync });

    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (ex is not HostAbortedException && StartupFailure.IsOwnProcess)
{
    // A setting that makes no sense, or a database that cannot be opened: one plain line that
    // names the problem, and a failing exit code, rather than a crash with a stack trace.
    await Console.Error.WriteLineAsync($"Rackwave Security could not start: {StartupFailure.Describe(ex)}");
    return 1;
}
