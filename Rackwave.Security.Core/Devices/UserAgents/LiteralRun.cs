using System.Text;

namespace Rackwave.Security.Devices.UserAgents;

/// <summary>
/// Consecutive literal text being collected; once any piece only matches up to case, the whole
/// run is kept case-folded, which is still certain to occur in the folded input.
/// </summary>
internal sealed class LiteralRun
{
    private readonly StringBuilder _text = new();
    private bool _folded;

    public int Length => _text.Length;

    public void Append(Literal literal)
    {
        if (literal.Folded && !_folded)
        {
            var folded = CaseFolding.Fold(_text.ToString());
            _text.Clear().Append(folded);
            _folded = true;
        }

        _text.Append(_folded ? literal.AsFolded().Text : literal.Text);
    }

    public Literal ToLiteral() => new(_text.ToString(), _folded);

    public void Clear()
    {
        _text.Clear();
        _folded = false;
    }
}
