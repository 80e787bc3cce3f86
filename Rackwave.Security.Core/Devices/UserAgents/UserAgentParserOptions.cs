namespace Rackwave.Security.Devices.UserAgents;

/// <summary>Limits and tuning for <see cref="UserAgentParser"/>. The defaults suit a web app.</summary>
public sealed class UserAgentParserOptions
{
    /// <summary>
    /// Only this many leading characters of a User-Agent are parsed (default 512). Real
    /// User-Agents are far shorter; the cap bounds the work a hostile header can cause.
    /// </summary>
    public int MaxInputLength { get; init; } = 512;

    /// <summary>
    /// How long one regular expression may run on one input (default 100 ms). When a rule times
    /// out, that part of the result (browser, OS or device) is reported as "Other" and the
    /// answer is not cached. Legitimate input takes microseconds; the margin is for a busy
    /// machine, where a paused thread's wall-clock time also counts.
    /// </summary>
    public TimeSpan MatchTimeout { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// How many distinct User-Agents the result cache holds per generation (default 1024; the
    /// cache keeps at most two generations). Zero turns the cache off.
    /// </summary>
    public int CacheCapacity { get; init; } = 1024;

    /// <summary>
    /// Whether <see cref="UserAgentParser.Warm"/> compiles the rules to IL (default true): seconds
    /// of work once, then several times faster matching. Rules run interpreted until then.
    /// </summary>
    public bool CompileRegexes { get; init; } = true;

    /// <summary>
    /// Whether a rule is skipped when literal text it requires is absent from the input (default
    /// true). It never changes a result; turning it off exists to prove that.
    /// </summary>
    public bool UseLiteralPrefilter { get; init; } = true;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxInputLength, 1, nameof(MaxInputLength));
        ArgumentOutOfRangeException.ThrowIfLessThan(CacheCapacity, 0, nameof(CacheCapacity));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(
            MatchTimeout, TimeSpan.Zero, nameof(MatchTimeout));
    }
}
