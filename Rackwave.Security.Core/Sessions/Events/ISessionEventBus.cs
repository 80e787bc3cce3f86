namespace Rackwave.Security.Sessions.Events;

/// <summary>
/// Carries session events to every subscriber of every server. The in-memory implementation
/// serves a single server; a shared one (such as Redis pub/sub) serves several.
/// </summary>
public interface ISessionEventBus
{
    /// <summary>
    /// Publishes an event. Returns once this server's subscribers have been handed it; a
    /// subscriber that throws is logged and never fails the publisher.
    /// </summary>
    Task PublishAsync(SessionEvent sessionEvent, CancellationToken cancellationToken = default);

    /// <summary>Receives every event until the returned handle is disposed.</summary>
    IDisposable Subscribe(Func<SessionEvent, Task> handler);
}
