using System.Collections.Immutable;
using Microsoft.Extensions.Logging;

namespace Rackwave.Security.Sessions.Events;

/// <summary>
/// A copy-on-write list of handlers. Delivery walks a snapshot, so a handler may unsubscribe
/// (a circuit closing) while an event is being delivered without disturbing anyone.
/// </summary>
internal sealed partial class SubscriberList<T>(ILogger logger)
{
    private ImmutableArray<Func<T, Task>> _handlers = [];

    public int Count => _handlers.Length;

    public IDisposable Add(Func<T, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        ImmutableInterlocked.Update(ref _handlers, static (list, h) => list.Add(h), handler);
        return new Subscription(() =>
            ImmutableInterlocked.Update(ref _handlers, static (list, h) => list.Remove(h), handler));
    }

    public async Task DeliverAsync(T item)
    {
        foreach (var handler in _handlers)
        {
            try
            {
                await handler(item).ConfigureAwait(false);
            }
            catch (ObjectDisposedException)
            {
                // The subscriber (a circuit, usually) is going away; it will unsubscribe itself.
            }
            catch (Exception ex)
            {
                Log.SubscriberFailed(logger, typeof(T).Name, ex);
            }
        }
    }

    private sealed class Subscription(Action unsubscribe) : IDisposable
    {
        private Action? _unsubscribe = unsubscribe;

        public void Dispose() => Interlocked.Exchange(ref _unsubscribe, null)?.Invoke();
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1101, Level = LogLevel.Warning,
            Message = "A subscriber to {EventType} failed; other subscribers still received it")]
        public static partial void SubscriberFailed(ILogger logger, string eventType, Exception exception);
    }
}
