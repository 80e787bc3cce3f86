namespace Rackwave.Security.Devices.UserAgents;

/// <summary>Everything uap-core's rules tell about one User-Agent string.</summary>
/// <param name="Browser">The client: browser, app or tool.</param>
/// <param name="Os">The operating system.</param>
/// <param name="Device">The hardware.</param>
public sealed record UserAgentParseResult(
    UserAgentBrowser Browser,
    UserAgentOs Os,
    UserAgentDevice Device)
{
    /// <summary>The result for an empty User-Agent, or one that no rule recognises.</summary>
    public static UserAgentParseResult Other { get; } =
        new(UserAgentBrowser.Other, UserAgentOs.Other, UserAgentDevice.Other);
}
