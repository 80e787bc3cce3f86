namespace Rackwave.Security.Devices.UserAgents;

/// <summary>
/// The operating system a User-Agent names, as uap-core's <c>os_parsers</c> define it. Version
/// parts are null when the rule gives none.
/// </summary>
/// <param name="Family">The OS family, or "Other" when no rule matched.</param>
/// <param name="Major">The major version.</param>
/// <param name="Minor">The minor version.</param>
/// <param name="Patch">The patch version.</param>
/// <param name="PatchMinor">The fourth version part (uap-core's <c>patch_minor</c>).</param>
public sealed record UserAgentOs(
    string Family,
    string? Major,
    string? Minor,
    string? Patch,
    string? PatchMinor)
{
    /// <summary>The result when no rule matched.</summary>
    public static UserAgentOs Other { get; } = new(UserAgentParser.OtherFamily, null, null, null, null);
}
