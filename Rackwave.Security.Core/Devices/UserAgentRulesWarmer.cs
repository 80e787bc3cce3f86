using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Rackwave.Security.Devices.UserAgents;

namespace Rackwave.Security.Devices;

/// <summary>
/// Compiles the User-Agent rules in the background when the app starts, so the first sign-in
/// does not wait for seconds of regex compilation. Sign-ins before it finishes still work, on
/// the slower interpreted rules.
/// </summary>
internal sealed partial class UserAgentRulesWarmer(
    UserAgentParser parser,
    ILogger<UserAgentRulesWarmer> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.Run(() => Warm(stoppingToken), CancellationToken.None);

    /// <summary>Warms the rules; returns how many were prepared.</summary>
    internal int Warm(CancellationToken stoppingToken)
    {
        var elapsed = Stopwatch.StartNew();
        try
        {
            var prepared = parser.Warm(stoppingToken);
            Log.Warmed(logger, prepared, parser.RuleCount, elapsed.ElapsedMilliseconds);
            return prepared;
        }
#pragma warning disable CA1031 // Warming is an optimisation; the app must start without it.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Log.WarmingFailed(logger, exception);
            return 0;
        }
    }

    private static partial class Log
    {
        [LoggerMessage(
            EventId = 1,
            EventName = "UserAgentRulesWarmed",
            Level = LogLevel.Information,
            Message = "Prepared {Prepared} of {Total} User-Agent rules in {ElapsedMs} ms")]
        public static partial void Warmed(ILogger logger, int prepared, int total, long elapsedMs);

        [LoggerMessage(
            EventId = 2,
            EventName = "UserAgentRulesWarmingFailed",
            Level = LogLevel.Warning,
            Message = "Could not prepare the User-Agent rules; sign-ins parse them on first use")]
        public static partial void WarmingFailed(ILogger logger, Exception exception);
    }
}
