using System.Collections.Concurrent;

namespace Rackwave.Security.Devices;

/// <summary>
/// A thread-safe cache that never holds more than two generations of <c>capacity</c> entries.
/// When the current generation fills up it becomes the previous one and the older is dropped;
/// a hit in the previous generation moves the entry forward. Roughly least-recently-used, with
/// no locks on reads and no per-entry bookkeeping.
/// </summary>
internal sealed class BoundedCache<TKey, TValue>
    where TKey : notnull
{
    private readonly int _capacity;
    private readonly IEqualityComparer<TKey>? _comparer;
    private readonly Lock _rotation = new();
    private Generation _current;
    private Generation _previous;

    public BoundedCache(int capacity, IEqualityComparer<TKey>? comparer = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
        _comparer = comparer;
        _current = new Generation(comparer);
        _previous = new Generation(comparer);
    }

    /// <summary>How many entries the cache holds now (at most twice the capacity).</summary>
    public int Count => Volatile.Read(ref _current).Count + Volatile.Read(ref _previous).Count;

    public bool TryGet(TKey key, out TValue value)
    {
        if (Volatile.Read(ref _current).Entries.TryGetValue(key, out value!))
        {
            return true;
        }

        if (Volatile.Read(ref _previous).Entries.TryGetValue(key, out value!))
        {
            Add(key, value);
            return true;
        }

        return false;
    }

    public void Add(TKey key, TValue value)
    {
        var current = Volatile.Read(ref _current);
        if (current.Entries.TryAdd(key, value) && Interlocked.Increment(ref current.Count) >= _capacity)
        {
            Rotate(current);
        }
    }

    private void Rotate(Generation full)
    {
        lock (_rotation)
        {
            if (!ReferenceEquals(_current, full))
            {
                return;
            }

            Volatile.Write(ref _previous, full);
            Volatile.Write(ref _current, new Generation(_comparer));
        }
    }

    private sealed class Generation(IEqualityComparer<TKey>? comparer)
    {
        public readonly ConcurrentDictionary<TKey, TValue> Entries = new(comparer);

        public int Count;
    }
}
