namespace Rackwave.Security.Sessions.Admin;

/// <summary>The figures at the top of the admin console, as of <see cref="AsOf"/>.</summary>
public sealed record AdminCounters(int ActiveSessions, int ActiveAccounts, int SignInsLastHour, DateTime AsOf);
