using Microsoft.Extensions.Logging;

namespace Rackwave.Security.Sessions.Events;

/// <summary>The event bus of a single server: delivery is a direct call to each subscriber.</summary>
/// <remarks>
/// Limitation: events do not cross servers. Behind a load balancer with several servers, a session
/// ended on one is refused by the others only when their cached copy expires
/// (Sessions:ValidationCacheDuration) and their circuits notice at the next periodic re-check
/// (a minute). A shared bus (Redis pub/sub) behind <see cref="ISessionEventBus"/> closes that gap.
/// </remarks>
public sealed class InMemorySessionEventBus(ILogger<InMemorySessionEventBus> logger) : ISessionEventBus
{
    private readonly SubscriberList<SessionEvent> _subscribers = new(logger);

    /// <inheritdoc/>
    public Task PublishAsync(SessionEvent sessionEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sessionEvent);
        return _subscribers.DeliverAsync(sessionEvent);
    }

    /// <inheritdoc/>
    public IDisposable Subscribe(Func<SessionEvent, Task> handler) => _subscribers.Add(handler);
}
