using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Rackwave.Security.Devices.UserAgents;

namespace Rackwave.Security.Devices;

/// <summary>Registers device detection.</summary>
public static class DeviceDetectionServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="UserAgentParser"/> (over the embedded uap-core rules) and
    /// <see cref="IDeviceDetector"/> as singletons, and a hosted service that compiles the rules
    /// in the background at start. Calling it again registers nothing twice.
    /// </summary>
    public static IServiceCollection AddDeviceDetection(this IServiceCollection services) =>
        services.AddDeviceDetection(_ => { });

    /// <summary>
    /// As <see cref="AddDeviceDetection(IServiceCollection)"/>, with options; for example
    /// <c>options => options.WarmUpAtStart = false</c> in a test host.
    /// </summary>
    public static IServiceCollection AddDeviceDetection(
        this IServiceCollection services,
        Action<DeviceDetectionOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        var options = new DeviceDetectionOptions();
        configure(options);

        services.TryAddSingleton(_ => UserAgentParser.Create(options.Parser));
        services.TryAddSingleton<IDeviceDetector>(provider => new DeviceDetector(
            provider.GetRequiredService<UserAgentParser>(),
            provider.GetRequiredService<ILogger<DeviceDetector>>()));
        if (options.WarmUpAtStart)
        {
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, UserAgentRulesWarmer>());
        }

        return services;
    }
}
