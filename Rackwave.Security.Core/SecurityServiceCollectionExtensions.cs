using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Rackwave.Security.Audit;
using Rackwave.Security.Persistence;
using Rackwave.Security.Sessions;
using Rackwave.Security.Sessions.Admin;
using Rackwave.Security.Sessions.Events;

namespace Rackwave.Security;

public static class SecurityServiceCollectionExtensions
{
    /// <summary>
    /// The session domain: starting, checking, ending and listing sessions, the audit trail, the
    /// in-memory event bus, and the background work (activity writes, the timeout sweep).
    /// </summary>
    public static IServiceCollection AddSessionTracking(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SessionPolicy>()
            .Bind(configuration.GetSection(SessionPolicy.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddOptions<AdminConsoleOptions>()
            .Bind(configuration.GetSection(AdminConsoleOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ISessionEventBus, InMemorySessionEventBus>();
        services.AddSingleton<SessionEventHub>();
        services.AddSingleton<SessionValidationCache>();
        services.AddSingleton<SessionActivityTracker>();
        services.AddSingleton<SessionStarter>();
        services.AddSingleton<SessionValidator>();
        services.AddSingleton<SessionTerminator>();
        services.AddSingleton<SessionQueries>();
        services.AddSingleton<AuditTrail>();
        services.TryAddSingleton<IAuditOriginSource, NoAuditOrigin>();
        services.AddSingleton<AuditQueries>();
        services.AddSingleton<AdminCounterCache>();
        services.AddSingleton<AdminFacetCache>();
        services.AddSingleton<AdminSessionQueries>();
        services.AddHostedService<AdminConsoleWarmUp>();
        services.AddSingleton<SessionSweeper>();
        services.AddHostedService(sp => sp.GetRequiredService<SessionSweeper>());
        services.AddHostedService<SessionActivityFlusher>();
        services.AddHostedService<SessionCacheInvalidator>();
        return services;
    }
}
