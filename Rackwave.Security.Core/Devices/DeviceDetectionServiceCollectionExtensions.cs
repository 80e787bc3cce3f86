using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Rackwave.Security.Devices.UserAgents;

namespace Rackwave.Security.Devices;

/// <summary>Registers device detection.</summary>
public static class DeviceDetectionServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="UserAgentParser"/> (over the embedded uap-core rules) and
    /// <see cref="IDeviceDetector"/> as singletons, and a hosted service that compiles the rules
    /// in the background at start. Calling it twice registers nothing twice.
    /// </summary>
    public static IServiceCollection AddDeviceDetection(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(_ => UserAgentParser.Create());
        services.TryAddSingleton<IDeviceDetector>(provider => new DeviceDetector(
            provider.GetRequiredService<UserAgentParser>(),
            provider.GetRequiredService<Microsoft.Extensions.Logging.ILogger<DeviceDetector>>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, UserAgentRulesWarmer>());
        return services;
    }
}
