using System.Collections.Frozen;

namespace Rackwave.Security.Devices.UserAgents;

/// <summary>
/// An Aho-Corasick automaton over one set of literals: a dense table of 16-bit states by
/// character class. Characters that occur in no literal share class 0, which keeps rows narrow.
/// </summary>
internal sealed class LiteralAutomaton
{
    private readonly ushort[] _asciiClasses;
    private readonly FrozenDictionary<char, ushort> _otherClasses;
    private readonly int _classCount;
    private readonly ushort[] _transitions;
    private readonly bool[] _hasOutputs;
    private readonly int[] _outputStarts;
    private readonly int[] _outputs;

    /// <summary>Literal <c>i</c> is reported as id <c>firstId + i</c>.</summary>
    public LiteralAutomaton(IReadOnlyList<string> literals, int firstId)
    {
        _asciiClasses = new ushort[128];
        var otherClasses = new Dictionary<char, ushort>();
        _classCount = 1;
        foreach (var c in literals.SelectMany(literal => literal))
        {
            if (c < 128 && _asciiClasses[c] == 0)
            {
                _asciiClasses[c] = (ushort)_classCount++;
            }
            else if (c >= 128 && !otherClasses.ContainsKey(c))
            {
                otherClasses[c] = (ushort)_classCount++;
            }
        }

        _otherClasses = otherClasses.ToFrozenDictionary();
        var trie = new AhoCorasickTrie(_classCount);
        for (var i = 0; i < literals.Count; i++)
        {
            trie.Add(literals[i].Select(ClassOf), firstId + i);
        }

        (_transitions, _outputStarts, _outputs) = trie.Compile();
        _hasOutputs = new bool[_outputStarts.Length - 1];
        for (var state = 0; state < _hasOutputs.Length; state++)
        {
            _hasOutputs[state] = _outputStarts[state + 1] > _outputStarts[state];
        }
    }

    /// <summary>The state after <paramref name="state"/> reads <paramref name="c"/>.</summary>
    public int Next(int state, char c) => _transitions[(state * _classCount) + ClassOf(c)];

    /// <summary>Sets the bit of every literal that ends in <paramref name="state"/>.</summary>
    public void MarkOutputs(int state, Span<ulong> present)
    {
        if (!_hasOutputs[state])
        {
            return;
        }

        var end = _outputStarts[state + 1];
        for (var i = _outputStarts[state]; i < end; i++)
        {
            var id = _outputs[i];
            present[id >> 6] |= 1UL << (id & 63);
        }
    }

    private ushort ClassOf(char c) => c < 128 ? _asciiClasses[c] : _otherClasses.GetValueOrDefault(c);
}
