using System.ComponentModel.DataAnnotations;

namespace Rackwave.Security.Sessions.Admin;

/// <summary>The admin console's limits, bound from the <c>AdminConsole</c> section and checked at start.</summary>
public sealed class AdminConsoleOptions
{
    public const string SectionName = "AdminConsole";

    /// <summary>
    /// Matching sessions are counted up to this many; past it the console says "over" this many.
    /// Every page load counts, so a higher limit costs more on a big list (10,000 running rows
    /// take a few milliseconds). Above it, pages walk the sort order's index. Default 10,000.
    /// </summary>
    [Range(1, 1_000_000)]
    public int CountLimit { get; set; } = 10_000;
}
