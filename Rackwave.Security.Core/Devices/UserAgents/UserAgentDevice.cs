namespace Rackwave.Security.Devices.UserAgents;

/// <summary>
/// The hardware a User-Agent names, as uap-core's <c>device_parsers</c> define it.
/// </summary>
/// <param name="Family">The device family ("iPhone", "Samsung SM-S921B"), or "Other".</param>
/// <param name="Brand">The maker ("Apple", "Samsung"), or null when the rule gives none.</param>
/// <param name="Model">The model ("iPhone", "SM-S921B"), or null when the rule gives none.</param>
public sealed record UserAgentDevice(string Family, string? Brand, string? Model)
{
    /// <summary>The result when no rule matched.</summary>
    public static UserAgentDevice Other { get; } = new(UserAgentParser.OtherFamily, null, null);
}
