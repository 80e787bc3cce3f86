namespace Rackwave.Security.Devices.UserAgents;

/// <summary>
/// The trie behind <see cref="LiteralIndex"/>, compiled into a dense transition table (one row
/// of character classes per state, failure links folded in): one array read per input char.
/// </summary>
internal sealed class AhoCorasickTrie(int classCount)
{
    private readonly List<Dictionary<ushort, int>> _children = [new()];
    private readonly List<List<int>> _ids = [[]];

    public void Add(IEnumerable<ushort> classes, int id)
    {
        var state = 0;
        foreach (var charClass in classes)
        {
            if (!_children[state].TryGetValue(charClass, out var next))
            {
                next = _children.Count;
                _children.Add([]);
                _ids.Add([]);
                _children[state][charClass] = next;
            }

            state = next;
        }

        _ids[state].Add(id);
    }

    /// <summary>How many states the trie has; the table stores states as 16-bit numbers.</summary>
    public int StateCount => _children.Count;

    /// <summary>
    /// The transition table (state × class → state) and, per state, every id that ends there,
    /// including those reached through failure links (an empty range for most states).
    /// </summary>
    /// <exception cref="InvalidDataException">More states than 16 bits can number.</exception>
    public (ushort[] Transitions, int[] OutputStarts, int[] Outputs) Compile()
    {
        if (StateCount > ushort.MaxValue)
        {
            throw new InvalidDataException(
                $"The User-Agent rules require {StateCount} literal prefixes; at most {ushort.MaxValue} fit.");
        }

        var stateCount = _children.Count;
        var table = new int[stateCount * classCount];
        var failure = new int[stateCount];
        var outputs = new List<int>[stateCount];
        outputs[0] = [.. _ids[0]];
        var order = new Queue<int>();
        foreach (var (charClass, child) in _children[0])
        {
            table[charClass] = child;
            order.Enqueue(child);
        }

        while (order.Count > 0)
        {
            // Breadth-first: the failure state is shallower, so its row and outputs are final.
            var state = order.Dequeue();
            var fallback = failure[state];
            outputs[state] = [.. _ids[state], .. outputs[fallback]];
            Array.Copy(table, fallback * classCount, table, state * classCount, classCount);
            foreach (var (charClass, child) in _children[state])
            {
                failure[child] = table[(fallback * classCount) + charClass];
                table[(state * classCount) + charClass] = child;
                order.Enqueue(child);
            }
        }

        var starts = new int[stateCount + 1];
        for (var s = 0; s < stateCount; s++)
        {
            starts[s + 1] = starts[s] + outputs[s].Count;
        }

        // 16-bit states halve the table, so more of its hot rows stay in cache.
        var compact = Array.ConvertAll(table, state => (ushort)state);
        return (compact, starts, outputs.SelectMany(o => o).ToArray());
    }
}
