namespace Rackwave.Security.Sessions.Admin;

/// <summary>
/// One page of running sessions and how many match in all. Counting stops at
/// <see cref="AdminConsoleOptions.CountLimit"/>: past it, <see cref="TotalIsLowerBound"/> is set and
/// <see cref="Total"/> says "at least this many", so that a page never waits on counting every row.
/// </summary>
public sealed record AdminSessionPage(IReadOnlyList<SessionView> Items, int Total, bool TotalIsLowerBound)
{
    public static AdminSessionPage Empty { get; } = new([], 0, false);
}
