using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Rackwave.Security.Sessions.Admin;

/// <summary>
/// Prepares the admin console's queries in the background as the app starts (see
/// <see cref="AdminSessionQueries.WarmUpAsync"/>). A failure here costs only that first load's
/// speed, so it is logged and nothing more.
/// </summary>
public sealed partial class AdminConsoleWarmUp(AdminSessionQueries queries, ILogger<AdminConsoleWarmUp> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await queries.WarmUpAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.WarmUpFailed(logger, ex);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1802, Level = LogLevel.Warning,
            Message = "Could not prepare the admin console's queries; its first load will be slower")]
        public static partial void WarmUpFailed(ILogger logger, Exception exception);
    }
}
