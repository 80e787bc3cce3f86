namespace Rackwave.Security.Devices;

/// <summary>
/// The User-Agent Client Hints a Chromium browser sent with a request, raw as received
/// (structured header values, quotes included). Any of them may be missing.
/// </summary>
public sealed record ClientHints(
    string? Platform = null,
    string? PlatformVersion = null,
    string? Model = null,
    string? Mobile = null,
    string? FullVersionList = null)
{
    public static ClientHints None { get; } = new();
}
