using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Rackwave.Security.Locations;

/// <summary>
/// Checks the database file every <see cref="GeoIpOptions.ReloadCheckInterval"/> and swaps in a
/// replacement once it has loaded and passed its checks.
/// </summary>
internal sealed class GeoDatabaseReloadService(
    GeoDatabaseProvider provider,
    IOptions<GeoIpOptions> options,
    TimeProvider timeProvider) : IHostedService, IDisposable
{
    private ITimer? _timer;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (provider.IsConfigured)
        {
            var interval = options.Value.ReloadCheckInterval;
            _timer = timeProvider.CreateTimer(_ => provider.Refresh(), null, interval, interval);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _timer?.Dispose();
        _timer = null;
        return Task.CompletedTask;
    }

    public void Dispose() => _timer?.Dispose();
}
