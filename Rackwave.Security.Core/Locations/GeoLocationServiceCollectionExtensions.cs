using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Rackwave.Security.Locations;

/// <summary>Registers sign-in geolocation on a MaxMind City database.</summary>
public static class GeoLocationServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IGeoLocator"/> (a singleton), <see cref="GeoIpOptions"/> bound from the
    /// "GeoIp" section of <paramref name="configuration"/> and validated when the app starts, a
    /// hosted service that reloads the database when its file is replaced, and
    /// <see cref="GeoLocationHealthCheck"/>, which the app still maps itself.
    /// </summary>
    public static IServiceCollection AddGeoLocation(
        this IServiceCollection services,
        IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<GeoIpOptions>()
            .Bind(configuration.GetSection(GeoIpOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<GeoIpOptions>, GeoIpOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<GeoDatabaseProvider>();
        services.TryAddSingleton<IGeoLocator, MaxMindGeoLocator>();
        services.TryAddSingleton(provider =>
            new GeoLocationHealthCheck(provider.GetRequiredService<GeoDatabaseProvider>()));
        services.AddHostedService<GeoDatabaseReloadService>();

        return services;
    }
}
