using System.Text.RegularExpressions;

namespace Rackwave.Security.Devices.UserAgents;

/// <summary>One entry of a parser list: a pattern and, per output field, a template or a group.</summary>
internal sealed class UapRule(UapPattern pattern, ReplacementTemplate?[] templates, int[] groups)
{
    public UapPattern Pattern { get; } = pattern;

    /// <summary>The rule's output fields for a match, in the order of its field list.</summary>
    public string?[] Fields(Match match)
    {
        var fields = new string?[templates.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = templates[i] is { } template
                ? template.Expand(match)
                : ReplacementTemplate.GroupValue(match, groups[i]);
        }

        return fields;
    }
}
