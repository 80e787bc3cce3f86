namespace Rackwave.Security.Devices.UserAgents;

/// <summary>
/// Finds the core of a pattern: what is left after dropping, from both ends of its top-level
/// sequence, the parts that may match nothing (optional groups, <c>.{0,200}?</c>, anchors).
/// Wherever the pattern matches, its core matches too, inside that match; so when the core
/// does not match, the pattern cannot, and the core is often far cheaper to run.
/// </summary>
/// <remarks>
/// Worth it only when a part dropped from the front is a wide repetition, which makes a
/// backtracking engine retry the rest at many positions; otherwise no core is offered.
/// </remarks>
internal static class PatternCore
{
    /// <summary>A repetition allowing this many or more is wide.</summary>
    private const int WideRepetition = 16;

    /// <summary>The core, or null when there is none worth running first.</summary>
    public static string? Find(string pattern)
    {
        // \G ties a match to where the search starts, which a core run elsewhere would not keep.
        var shape = PatternShape.Read(pattern);
        if (shape is null || shape.HasTopLevelAlternation || shape.HasBackreference
            || pattern.Contains(@"\G", StringComparison.Ordinal))
        {
            return null;
        }

        var items = PatternItem.Split(pattern);
        if (items is null)
        {
            return null;
        }

        var droppedWide = false;
        while (true)
        {
            if (items.Count > 0 && items[0].CanBeEmpty is var front && front != false)
            {
                if (front is null)
                {
                    return null;
                }

                droppedWide |= items[0].IsWide;
                items.RemoveAt(0);
                continue;
            }

            if (items.Count > 0 && items[^1].CanBeEmpty is var back && back != false)
            {
                if (back is null)
                {
                    return null;
                }

                items.RemoveAt(items.Count - 1);
                continue;
            }

            if (items.Count > 0 && items[0].Body() is { } first)
            {
                items = [.. first, .. items.Skip(1)];
                continue;
            }

            if (items.Count > 1 && items[^1].Body() is { } last)
            {
                items = [.. items.SkipLast(1), .. last];
                continue;
            }

            break;
        }

        return droppedWide && items.Count > 0 ? string.Concat(items.Select(i => i.Text)) : null;
    }
}
