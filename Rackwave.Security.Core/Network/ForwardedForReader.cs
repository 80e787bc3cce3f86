using Microsoft.Extensions.Primitives;

namespace Rackwave.Security.Network;

/// <summary>What <see cref="ForwardedForReader.TryReadPrevious"/> found.</summary>
internal enum ForwardedForStep
{
    /// <summary>An entry, not yet parsed.</summary>
    Entry,

    /// <summary>Every entry has been read.</summary>
    End,

    /// <summary>The header holds more than is believed: too many entries, or one too long.</summary>
    Refused,
}

/// <summary>
/// Walks the X-Forwarded-For header from its right-most entry to the left, across several
/// header lines (a later line continues the list of an earlier one). It never looks at more
/// than <see cref="MaxEntries"/> entries of <see cref="ForwardedForEntry.MaxLength"/>
/// characters, however large the header is, so a hostile header costs little.
/// </summary>
internal ref struct ForwardedForReader
{
    /// <summary>More hops than any real proxy chain; empty list elements count too.</summary>
    public const int MaxEntries = 20;

    private readonly StringValues _lines;
    private int _line;
    private int _end;
    private int _read;

    public ForwardedForReader(StringValues lines)
    {
        _lines = lines;
        _line = lines.Count;
        _end = -1;
    }

    /// <summary>Reads the next entry to the left, trimmed; empty list elements are skipped.</summary>
    public ForwardedForStep TryReadPrevious(out ReadOnlySpan<char> entry)
    {
        while (true)
        {
            entry = default;
            if (_end < 0 && !MoveToPreviousLine())
            {
                return ForwardedForStep.End;
            }

            if (++_read > MaxEntries)
            {
                return ForwardedForStep.Refused;
            }

            var text = (_lines[_line] ?? string.Empty).AsSpan(0, _end);

            // Look for the separating comma only as far back as an entry can reach.
            var windowStart = Math.Max(0, text.Length - ForwardedForEntry.MaxLength - 1);
            var comma = text[windowStart..].LastIndexOf(',');
            if (comma < 0 && windowStart > 0)
            {
                return ForwardedForStep.Refused;
            }

            var start = comma < 0 ? 0 : windowStart + comma + 1;
            entry = text[start..].Trim(" \t");
            _end = comma < 0 ? -1 : start - 1;

            if (!entry.IsEmpty)
            {
                return ForwardedForStep.Entry;
            }
        }
    }

    private bool MoveToPreviousLine()
    {
        if (_line <= 0)
        {
            return false;
        }

        _line--;
        _end = _lines[_line]?.Length ?? 0;
        return true;
    }
}
