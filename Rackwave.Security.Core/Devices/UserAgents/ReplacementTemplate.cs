using System.Text;
using System.Text.RegularExpressions;

namespace Rackwave.Security.Devices.UserAgents;

/// <summary>
/// A <c>*_replacement</c> value of the rule set: text in which <c>$1</c>…<c>$9</c> stand for the
/// match's groups. The expansion is trimmed and an empty expansion means "no value".
/// </summary>
internal sealed class ReplacementTemplate
{
    private readonly string _text;

    private ReplacementTemplate(string text)
    {
        _text = text;
        HasPlaceholders = Placeholders(text).Any();
    }

    /// <summary>Whether the expansion depends on the match (uses <c>$1</c>…<c>$9</c>).</summary>
    public bool HasPlaceholders { get; }

    /// <summary>A template, or null for an absent or empty value (which means "use the group").</summary>
    public static ReplacementTemplate? From(string? text) =>
        string.IsNullOrEmpty(text) ? null : new ReplacementTemplate(text);

    public string? Expand(Match match)
    {
        if (!HasPlaceholders)
        {
            return NullIfEmpty(_text.Trim());
        }

        var result = new StringBuilder(_text.Length + 16);
        var copied = 0;
        foreach (var at in Placeholders(_text))
        {
            result.Append(_text, copied, at - copied);
            var group = match.Groups[_text[at + 1] - '0'];
            if (group.Success)
            {
                result.Append(group.ValueSpan);
            }

            copied = at + 2;
        }

        result.Append(_text, copied, _text.Length - copied);
        return NullIfEmpty(result.ToString().Trim());
    }

    /// <summary>Group <paramref name="number"/>'s text, or null when it is empty or did not take part.</summary>
    public static string? GroupValue(Match match, int number)
    {
        if (number <= 0 || number >= match.Groups.Count)
        {
            return null;
        }

        var group = match.Groups[number];
        return group.Success && group.Length > 0 ? group.Value : null;
    }

    private static IEnumerable<int> Placeholders(string text)
    {
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (text[i] == '$' && text[i + 1] is >= '1' and <= '9')
            {
                yield return i;
            }
        }
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
