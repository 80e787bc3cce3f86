using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Rackwave.Security.Devices.UserAgents;

namespace Rackwave.Security.Devices;

/// <summary>
/// Describes devices with uap-core's rules (through <see cref="UserAgentParser"/>) and the
/// User-Agent Client Hints that Chromium browsers send. Thread-safe; register as a singleton.
/// </summary>
public sealed partial class DeviceDetector : IDeviceDetector
{
    /// <summary>How many (User-Agent, hints) answers are kept per cache generation.</summary>
    public const int CacheCapacity = 1024;

    private readonly UserAgentParser _parser;
    private readonly ILogger _logger;
    private readonly DeviceDescriber _describer;
    private readonly BoundedCache<(string UserAgent, ClientHints Hints), DeviceInfo> _cache =
        new(CacheCapacity);

    /// <summary>Creates a detector over <paramref name="parser"/>.</summary>
    public DeviceDetector(UserAgentParser parser, ILogger<DeviceDetector> logger)
    {
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(logger);
        _parser = parser;
        _logger = logger;
        _describer = new DeviceDescriber(parser);
    }

    /// <summary>Creates a detector over <paramref name="parser"/> that logs nothing.</summary>
    public DeviceDetector(UserAgentParser parser)
        : this(parser, NullLogger<DeviceDetector>.Instance)
    {
    }

    /// <inheritdoc/>
    public DeviceInfo Detect(string? userAgent, ClientHints? hints)
    {
        // The parser reads only this much; keying the cache on more would let one client
        // flood it with variants that all describe the same device.
        var agent = userAgent ?? string.Empty;
        if (agent.Length > _parser.Options.MaxInputLength)
        {
            agent = agent[.._parser.Options.MaxInputLength];
        }

        var bounded = HintFacts.Bound(hints);
        if (_cache.TryGet((agent, bounded), out var known))
        {
            return known;
        }

        var info = DetectUncached(agent, bounded, out var complete);
        if (complete)
        {
            _cache.Add((agent, bounded), info);
        }

        return info;
    }

    private DeviceInfo DetectUncached(string userAgent, ClientHints hints, out bool complete)
    {
        complete = false;
        try
        {
            var facts = HintFacts.From(hints);
            if (string.IsNullOrWhiteSpace(userAgent) && facts == HintFacts.None)
            {
                complete = true;
                return DeviceInfo.Unknown;
            }

            var parsed = _parser.Parse(userAgent, out complete);
            return _describer.Describe(userAgent, parsed, facts);
        }
#pragma warning disable CA1031 // The contract is to never throw: an unknown device is the safe answer.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Log.DetectionFailed(_logger, exception, userAgent.Length);
            return DeviceInfo.Unknown;
        }
    }

    private static partial class Log
    {
        [LoggerMessage(
            EventId = 1,
            EventName = "DeviceDetectionFailed",
            Level = LogLevel.Warning,
            Message = "Could not describe a device (User-Agent of {Length} characters); shown as unknown")]
        public static partial void DetectionFailed(ILogger logger, Exception exception, int length);
    }
}
