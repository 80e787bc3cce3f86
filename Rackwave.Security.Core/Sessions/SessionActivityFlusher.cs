using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Rackwave.Security.Sessions;

/// <summary>
/// Writes remembered activity on a timer, and once more when the server stops; prunes the
/// validation cache on the same tick.
/// </summary>
public sealed class SessionActivityFlusher(
    SessionActivityTracker tracker,
    SessionValidationCache cache,
    IOptions<SessionPolicy> options,
    TimeProvider time) : BackgroundService
{
    /// <summary>Far longer than any check that began before an end can take to finish.</summary>
    private static readonly TimeSpan EndedMarkLifetime = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ActivityFlushInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                await tracker.FlushAsync(stoppingToken).ConfigureAwait(false);
                cache.Prune(time.GetUtcNow().UtcDateTime, EndedMarkLifetime);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the final flush happens in StopAsync.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        await tracker.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
