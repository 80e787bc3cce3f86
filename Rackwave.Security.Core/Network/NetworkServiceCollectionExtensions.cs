using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Rackwave.Security.Network;

/// <summary>Registers how the client address of a request is worked out.</summary>
public static class NetworkServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IClientAddressResolver"/> with <see cref="NetworkOptions"/> bound from the
    /// "Network" section of <paramref name="configuration"/> and validated when the app starts.
    /// </summary>
    public static IServiceCollection AddClientAddressResolution(
        this IServiceCollection services,
        IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<NetworkOptions>()
            .Bind(configuration.GetSection(NetworkOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor
            .Singleton<IValidateOptions<NetworkOptions>, NetworkOptionsValidator>());
        services.TryAddSingleton<IClientAddressResolver, ClientAddressResolver>();

        return services;
    }
}
