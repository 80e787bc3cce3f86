namespace Rackwave.Security.Devices.UserAgents;

/// <summary>
/// The client (browser, app, tool) a User-Agent names, as uap-core's <c>user_agent_parsers</c>
/// define it. Version parts are null when the rule gives none.
/// </summary>
/// <param name="Family">The client family, or "Other" when no rule matched.</param>
/// <param name="Major">The major version.</param>
/// <param name="Minor">The minor version.</param>
/// <param name="Patch">The patch version.</param>
public sealed record UserAgentBrowser(string Family, string? Major, string? Minor, string? Patch)
{
    /// <summary>The result when no rule matched.</summary>
    public static UserAgentBrowser Other { get; } = new(UserAgentParser.OtherFamily, null, null, null);
}
