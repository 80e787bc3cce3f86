namespace Rackwave.Security.Benchmarks.AdminConsole;

/// <summary>A clock that stays at the seeded "now", so a file seeded last week measures the same.</summary>
internal sealed class FixedClock(DateTime utcNow) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => new(utcNow, TimeSpan.Zero);
}
