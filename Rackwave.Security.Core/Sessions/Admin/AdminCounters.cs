namespace Rackwave.Security.Sessions.Admin;

/// <summary>The figures at the top of the admin console, as counted at <see cref="AsOf"/>.</summary>
public sealed record AdminCounters(int ActiveSessions, int ActiveAccounts, int SignInsLastHour, DateTime AsOf)
{
    /// <summary>
    /// The figures moved by sessions that started or ended since the count, keeping its time.
    /// Accounts are not moved: whether an account's first or last session started or ended is
    /// not known without counting.
    /// </summary>
    public AdminCounters Moved(int sessions, int signIns) => this with
    {
        ActiveSessions = Math.Max(ActiveSessions + sessions, 0),
        SignInsLastHour = Math.Max(SignInsLastHour + signIns, 0),
    };
}
