using System.Collections.Frozen;

namespace Rackwave.Security.Devices.UserAgents;

/// <summary>
/// An Aho-Corasick automaton over the literals the rules require: one pass over the input marks
/// every literal it contains, however many rules there are.
/// </summary>
internal sealed class LiteralIndex
{
    private readonly ushort[] _asciiClasses;
    private readonly FrozenDictionary<char, ushort> _otherClasses;
    private readonly int _classCount;
    private readonly int[] _transitions;
    private readonly int[] _outputStarts;
    private readonly int[] _outputs;
    private readonly bool _foldCase;

    private LiteralIndex(
        ushort[] asciiClasses,
        FrozenDictionary<char, ushort> otherClasses,
        int classCount,
        (int[] Transitions, int[] OutputStarts, int[] Outputs) automaton,
        bool foldCase)
    {
        _asciiClasses = asciiClasses;
        _otherClasses = otherClasses;
        _classCount = classCount;
        (_transitions, _outputStarts, _outputs) = automaton;
        _foldCase = foldCase;
    }

    /// <summary>
    /// Builds the automaton. Literal <c>i</c> of <paramref name="literals"/> is reported as id
    /// <c>firstId + i</c>. With <paramref name="foldCase"/>, literals must already be folded and
    /// the input is folded while it is read.
    /// </summary>
    public static LiteralIndex Build(IReadOnlyList<string> literals, int firstId, bool foldCase)
    {
        // Characters that occur in no literal share class 0, which keeps the table narrow.
        var asciiClasses = new ushort[128];
        var otherClasses = new Dictionary<char, ushort>();
        var classCount = 1;
        foreach (var literal in literals)
        {
            foreach (var c in literal)
            {
                if (c < 128 && asciiClasses[c] == 0)
                {
                    asciiClasses[c] = (ushort)classCount++;
                }
                else if (c >= 128 && !otherClasses.ContainsKey(c))
                {
                    otherClasses[c] = (ushort)classCount++;
                }
            }
        }

        var trie = new AhoCorasickTrie(classCount);
        for (var i = 0; i < literals.Count; i++)
        {
            trie.Add(literals[i].Select(c => c < 128 ? asciiClasses[c] : otherClasses[c]), firstId + i);
        }

        return new LiteralIndex(
            asciiClasses, otherClasses.ToFrozenDictionary(), classCount, trie.Compile(), foldCase);
    }

    /// <summary>Sets the bit of every literal that occurs in <paramref name="text"/>.</summary>
    public void Mark(ReadOnlySpan<char> text, Span<ulong> present)
    {
        var transitions = _transitions;
        var state = 0;
        foreach (var raw in text)
        {
            var c = _foldCase ? CaseFolding.Fold(raw) : raw;
            int charClass = c < 128 ? _asciiClasses[c] : _otherClasses.GetValueOrDefault(c);
            state = transitions[(state * _classCount) + charClass];
            if (state < 0)
            {
                state = ~state;
                MarkOutputs(state, present);
            }
        }
    }

    private void MarkOutputs(int state, Span<ulong> present)
    {
        var end = _outputStarts[state + 1];
        for (var i = _outputStarts[state]; i < end; i++)
        {
            var id = _outputs[i];
            present[id >> 6] |= 1UL << (id & 63);
        }
    }
}
