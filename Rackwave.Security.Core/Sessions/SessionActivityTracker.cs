using System.Collections.Concurrent;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Rackwave.Security.Network;
using Rackwave.Security.Persistence;
using Rackwave.Security.Sessions.Events;

namespace Rackwave.Security.Sessions;

/// <summary>
/// Remembers when each session was last used, in memory, and writes it to the database in
/// batches: a busy user costs one write per flush interval, not one per request. Dashboards
/// hear about it through a throttled <see cref="SessionActivity"/> event.
/// </summary>
/// <remarks>
/// Only what a person does counts: the web layer calls <see cref="RecordAsync"/> for requests
/// the browser makes on its own behalf and for input in an open page, never for pushed renders,
/// keep-alives or reconnects. A write never moves Last Active backwards and never touches a
/// session that has ended.
/// </remarks>
public sealed partial class SessionActivityTracker(
    IDbContextFactory<SecurityDbContext> dbFactory,
    ISessionEventBus bus,
    IOptions<SessionPolicy> options,
    TimeProvider time,
    ILogger<SessionActivityTracker> logger)
{
    private readonly ConcurrentDictionary<Guid, Mark> _marks = new();

    /// <summary>Notes that a session was used now, from the given address when known.</summary>
    public async Task RecordAsync(Guid sessionId, string userId, IPAddress? address)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var mark = _marks.GetOrAdd(sessionId, _ => new Mark(userId));
        var publish = mark.Touch(now, address?.ToString(), options.Value.ActivityPublishInterval);
        if (publish is { } activity)
        {
            await bus.PublishAsync(new SessionActivity(sessionId, userId, activity.At, activity.Ip))
                .ConfigureAwait(false);
        }
    }

    /// <summary>The latest activity this server has seen for a session, written or not.</summary>
    public DateTime? LastSeen(Guid sessionId) =>
        _marks.TryGetValue(sessionId, out var mark) ? mark.LastActiveAt : null;

    /// <summary>Forgets a session that ended; its pending activity is dropped, not written.</summary>
    public void Forget(Guid sessionId) => _marks.TryRemove(sessionId, out _);

    /// <summary>Writes every pending mark in one transaction. Returns how many were written.</summary>
    public async Task<int> FlushAsync(CancellationToken cancellationToken = default)
    {
        var pending = new List<(Guid Id, Mark Mark, DateTime At, string? Ip)>();
        foreach (var (id, mark) in _marks)
        {
            if (mark.TakePending() is { } p)
            {
                pending.Add((id, mark, p.At, p.Ip));
            }
        }

        if (pending.Count == 0)
        {
            PruneIdleMarks();
            return 0;
        }

        try
        {
            await WriteAsync(pending.Select(p => (p.Id, p.At, p.Ip)), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Put the marks back so the next flush tries again; nothing is lost but time.
            foreach (var p in pending)
            {
                p.Mark.Restore(p.At, p.Ip);
            }

            Log.FlushFailed(logger, pending.Count, ex);
            return 0;
        }

        PruneIdleMarks();
        Log.Flushed(logger, pending.Count);
        return pending.Count;
    }

    private async Task WriteAsync(IEnumerable<(Guid Id, DateTime At, string? Ip)> marks, CancellationToken ct)
    {
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var tx = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
            await using (tx.ConfigureAwait(false))
            {
                foreach (var (id, at, ip) in marks)
                {
                    var ipKey = IPAddressKey.Of(ip);
                    await db.Sessions
                        .Where(s => s.Id == id && s.EndedAt == null && s.LastActiveAt < at)
                        .ExecuteUpdateAsync(
                            set => set
                                .SetProperty(s => s.LastActiveAt, at)
                                .SetProperty(s => s.LastIp, s => ip ?? s.LastIp)
                                .SetProperty(s => s.LastIpKey, s => ipKey ?? s.LastIpKey),
                            ct)
                        .ConfigureAwait(false);
                }

                await tx.CommitAsync(ct).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Marks with nothing pending and no use for longer than the idle timeout go.</summary>
    private void PruneIdleMarks()
    {
        var cutoff = time.GetUtcNow().UtcDateTime - options.Value.IdleTimeout;
        foreach (var (id, mark) in _marks)
        {
            if (mark.IsIdleSince(cutoff))
            {
                _marks.TryRemove(new KeyValuePair<Guid, Mark>(id, mark));
            }
        }
    }

    private sealed class Mark(string userId)
    {
        private readonly Lock _gate = new();
        private DateTime _lastActiveAt;
        private DateTime _lastPublishedAt = DateTime.MinValue;
        private string? _ip;
        private bool _dirty;

        public string UserId { get; } = userId;

        public DateTime LastActiveAt
        {
            get
            {
                lock (_gate)
                {
                    return _lastActiveAt;
                }
            }
        }

        /// <summary>Records use; returns what to publish when the throttle allows it.</summary>
        public (DateTime At, string? Ip)? Touch(DateTime now, string? ip, TimeSpan publishInterval)
        {
            lock (_gate)
            {
                if (now > _lastActiveAt)
                {
                    _lastActiveAt = now;
                }

                _ip = ip ?? _ip;
                _dirty = true;
                if (now - _lastPublishedAt < publishInterval)
                {
                    return null;
                }

                _lastPublishedAt = now;
                return (_lastActiveAt, _ip);
            }
        }

        public (DateTime At, string? Ip)? TakePending()
        {
            lock (_gate)
            {
                if (!_dirty)
                {
                    return null;
                }

                _dirty = false;
                return (_lastActiveAt, _ip);
            }
        }

        public void Restore(DateTime at, string? ip)
        {
            lock (_gate)
            {
                _dirty = true;
                _ip ??= ip;
                if (at > _lastActiveAt)
                {
                    _lastActiveAt = at;
                }
            }
        }

        public bool IsIdleSince(DateTime cutoff)
        {
            lock (_gate)
            {
                return !_dirty && _lastActiveAt < cutoff;
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1201, Level = LogLevel.Debug, Message = "Wrote Last Active for {Count} sessions")]
        public static partial void Flushed(ILogger logger, int count);

        [LoggerMessage(EventId = 1202, Level = LogLevel.Warning,
            Message = "Could not write Last Active for {Count} sessions; will retry at the next flush")]
        public static partial void FlushFailed(ILogger logger, int count, Exception exception);
    }
}
