namespace Rackwave.Security.Devices.UserAgents;

/// <summary>
/// Splits a pattern built around one large alternation, <c>X(B1|…|Bn)Y</c>, into one pattern
/// per branch, so that the literal pre-filter can pick the few branches worth running. The
/// regex engine would otherwise try every branch at every position of the input.
/// </summary>
/// <remarks>
/// Two splits keep results exact. Existence: <c>X(B1|…|Bn)Y</c> matches somewhere exactly when
/// some <c>X(Bi)Y</c> does; valid whenever only the fact of a match is used. First match: when
/// the group opens the pattern and holds no capture, the whole pattern's match is the earliest
/// branch match, ties going to the earlier branch, which is how a backtracking engine orders
/// its attempts; group numbers stay as they were.
/// </remarks>
internal static class AlternationSplitter
{
    /// <summary>Fewer branches than this are cheap for the regex engine; they are left whole.</summary>
    public const int MinimumBranches = 8;

    /// <summary>
    /// The branch patterns, or null when the pattern does not have a shape that splits exactly.
    /// </summary>
    /// <param name="pattern">The rule's regular expression.</param>
    /// <param name="capturesMatter">
    /// True when the rule's output uses match groups (first-match split only); false when only
    /// whether it matches counts (existence split).
    /// </param>
    public static string[]? Split(string pattern, bool capturesMatter)
    {
        var shape = PatternShape.Read(pattern);
        if (shape is null || shape.HasTopLevelAlternation || shape.HasBackreference)
        {
            return null;
        }

        var group = shape.Groups.FirstOrDefault(g => g.Pipes.Count + 1 >= MinimumBranches);
        if (group is null || group.IsQuantified || group.Kind == GroupKind.Other)
        {
            return null;
        }

        if (capturesMatter && (group.Open != 0 || group.HasInnerCapture))
        {
            return null;
        }

        var before = pattern[..group.Open];
        var after = pattern[(group.Close + 1)..];
        var opener = capturesMatter && group.Kind == GroupKind.Capturing ? "(" : "(?:";
        var bodyStart = group.Open + (group.Kind == GroupKind.Capturing ? 1 : 3);
        var bounds = new List<int> { bodyStart - 1 };
        bounds.AddRange(group.Pipes);
        bounds.Add(group.Close);
        var branches = new string[bounds.Count - 1];
        for (var i = 0; i < branches.Length; i++)
        {
            var body = pattern[(bounds[i] + 1)..bounds[i + 1]];
            branches[i] = before + opener + body + ")" + after;
        }

        return branches;
    }
}
