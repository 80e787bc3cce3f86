namespace Rackwave.Security.Devices;

/// <summary>Turns what a client says about itself into the labels shown on a session.</summary>
public interface IDeviceDetector
{
    /// <summary>
    /// Describes the device behind a User-Agent and its client hints. Never throws: input that
    /// cannot be understood, including hostile or oversized input, yields <see cref="DeviceInfo.Unknown"/>
    /// or the parts that could be told.
    /// </summary>
    DeviceInfo Detect(string? userAgent, ClientHints? hints);
}
