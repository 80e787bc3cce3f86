using System.Collections.Concurrent;

namespace Rackwave.Security.Sessions;

/// <summary>
/// Remembers sessions that were found active, so that most requests need no database read,
/// and remembers sessions that ended, so that a stale copy can never let one back in.
/// </summary>
/// <remarks>
/// Ending a session records it as ended first and forgets its cached copy second; a check adds
/// a copy first and looks for the ended mark second. Whatever the interleaving, a check that
/// races with an end either sees the mark or has its copy removed.
/// </remarks>
public sealed class SessionValidationCache
{
    private const int MaxEntries = 200_000;

    private readonly ConcurrentDictionary<string, CachedSession> _byTokenHash = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Guid, string> _keyById = new();
    private readonly ConcurrentDictionary<Guid, EndedMark> _ended = new();

    public bool TryGet(string tokenHashKey, DateTime now, out SessionSnapshot session)
    {
        if (_byTokenHash.TryGetValue(tokenHashKey, out var cached) && cached.Until > now)
        {
            session = cached.Session;
            return true;
        }

        session = null!;
        return false;
    }

    public void Add(string tokenHashKey, SessionSnapshot session, DateTime until)
    {
        if (_byTokenHash.Count < MaxEntries)
        {
            _byTokenHash[tokenHashKey] = new CachedSession(session, until);
            _keyById[session.Id] = tokenHashKey;
        }
    }

    public bool TryGetEnded(Guid sessionId, out SessionEndReason reason)
    {
        if (_ended.TryGetValue(sessionId, out var mark))
        {
            reason = mark.Reason;
            return true;
        }

        reason = default;
        return false;
    }

    /// <summary>Marks a session as ended and drops any cached copy of it.</summary>
    public void MarkEnded(Guid sessionId, string? tokenHashKey, SessionEndReason reason, DateTime now)
    {
        _ended[sessionId] = new EndedMark(reason, now);
        if (_keyById.TryRemove(sessionId, out var indexedKey))
        {
            _byTokenHash.TryRemove(indexedKey, out _);
        }

        if (tokenHashKey is not null)
        {
            _byTokenHash.TryRemove(tokenHashKey, out _);
        }
    }

    /// <summary>
    /// Drops expired copies, and ended marks older than <paramref name="keepEndedFor"/>: by then
    /// no check that started before the end can still be running, and the database answers.
    /// </summary>
    public void Prune(DateTime now, TimeSpan keepEndedFor)
    {
        foreach (var (key, cached) in _byTokenHash)
        {
            if (cached.Until <= now)
            {
                _byTokenHash.TryRemove(key, out _);
                _keyById.TryRemove(new KeyValuePair<Guid, string>(cached.Session.Id, key));
            }
        }

        foreach (var (id, mark) in _ended)
        {
            if (now - mark.At > keepEndedFor)
            {
                _ended.TryRemove(id, out _);
            }
        }
    }

    public static string KeyOf(byte[] tokenHash) => Convert.ToBase64String(tokenHash);

    private sealed record CachedSession(SessionSnapshot Session, DateTime Until);

    private sealed record EndedMark(SessionEndReason Reason, DateTime At);
}
