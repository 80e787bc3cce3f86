using Microsoft.Extensions.Hosting;

namespace Rackwave.Security.Sessions.Events;

/// <summary>
/// Makes this server forget sessions that end anywhere. Ends made here are forgotten directly by
/// <see cref="SessionTerminator"/>; this matters once the bus links several servers.
/// </summary>
public sealed class SessionCacheInvalidator(
    ISessionEventBus bus,
    SessionValidationCache cache,
    SessionActivityTracker activity,
    TimeProvider time) : IHostedService, IDisposable
{
    private IDisposable? _subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = bus.Subscribe(OnEventAsync);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => Interlocked.Exchange(ref _subscription, null)?.Dispose();

    private Task OnEventAsync(SessionEvent sessionEvent)
    {
        if (sessionEvent is SessionEnded ended)
        {
            cache.MarkEnded(ended.SessionId, null, ended.Reason, time.GetUtcNow().UtcDateTime);
            activity.Forget(ended.SessionId);
        }

        return Task.CompletedTask;
    }
}
