using Microsoft.Extensions.Logging;

namespace Rackwave.Security.Sessions.Events;

/// <summary>The event bus of a single server: delivery is a direct call to each subscriber.</summary>
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
