namespace Rackwave.Security.Sessions;

/// <summary>What checking a request against its session needs, small enough to keep in memory.</summary>
public sealed record SessionSnapshot(
    Guid Id,
    string UserId,
    DateTime StartedAt,
    DateTime ExpiresAt,
    DateTime LastActiveAt);
