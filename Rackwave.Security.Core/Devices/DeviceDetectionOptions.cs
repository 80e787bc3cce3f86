using Rackwave.Security.Devices.UserAgents;

namespace Rackwave.Security.Devices;

/// <summary>How <c>AddDeviceDetection</c> sets up device detection.</summary>
public sealed class DeviceDetectionOptions
{
    /// <summary>
    /// Compile the User-Agent rules in the background when the host starts (default true), so
    /// the first sign-in does not pay for it. It costs a few seconds of one core; test hosts
    /// that start often may turn it off and parse with interpreted rules, which give the same
    /// results more slowly.
    /// </summary>
    public bool WarmUpAtStart { get; set; } = true;

    /// <summary>Limits and tuning of the parser (input cap, regex timeout, cache size).</summary>
    public UserAgentParserOptions Parser { get; set; } = new();
}
