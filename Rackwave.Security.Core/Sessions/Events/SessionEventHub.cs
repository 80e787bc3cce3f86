using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Rackwave.Security.Sessions.Events;

/// <summary>
/// Hands session events to the live views of this server: each open dashboard subscribes to
/// its own user's events, admin consoles to everyone's. Subscribe when a view starts, dispose
/// the handle when it is disposed.
/// </summary>
public sealed class SessionEventHub : IDisposable
{
    private readonly ConcurrentDictionary<string, SubscriberList<SessionEvent>> _byUser =
        new(StringComparer.Ordinal);
    private readonly SubscriberList<SessionEvent> _everyone;
    private readonly ILogger<SessionEventHub> _logger;
    private readonly IDisposable _busSubscription;

    public SessionEventHub(ISessionEventBus bus, ILogger<SessionEventHub> logger)
    {
        _logger = logger;
        _everyone = new SubscriberList<SessionEvent>(logger);
        _busSubscription = bus.Subscribe(DeliverAsync);
    }

    /// <summary>Events about one account: its sessions and its security activity.</summary>
    public IDisposable SubscribeToUser(string userId, Func<SessionEvent, Task> handler)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var list = _byUser.GetOrAdd(userId, _ => new SubscriberList<SessionEvent>(_logger));
        return list.Add(handler);
    }

    /// <summary>Events about every account. Only admin views may use this.</summary>
    public IDisposable SubscribeToAll(Func<SessionEvent, Task> handler) => _everyone.Add(handler);

    public void Dispose() => _busSubscription.Dispose();

    private async Task DeliverAsync(SessionEvent sessionEvent)
    {
        if (sessionEvent.UserId is { } userId && _byUser.TryGetValue(userId, out var list))
        {
            await list.DeliverAsync(sessionEvent).ConfigureAwait(false);
        }

        await _everyone.DeliverAsync(sessionEvent).ConfigureAwait(false);
    }
}
