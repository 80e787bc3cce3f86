using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Rackwave.Security.Persistence;

namespace Rackwave.Security.Web.Hosting;

/// <summary>
/// Brings the database up to date, grants the configured admin roles and, in Development, seeds
/// the demo accounts: as a hosted service, so it runs after the configuration has been validated
/// and before the server takes requests.
/// </summary>
internal sealed partial class DatabaseInitializer(
    IServiceProvider services,
    IHostEnvironment environment,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await MigrateAsync(cancellationToken);
        using var scope = services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<AdminRoleProvisioner>().ApplyAllAsync();
        if (environment.IsDevelopment())
        {
            await DemoAccounts.SeedAsync(scope.ServiceProvider, logger);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task MigrateAsync(CancellationToken ct)
    {
        var factory = services.GetRequiredService<IDbContextFactory<SecurityDbContext>>();
        await using var db = await factory.CreateDbContextAsync(ct);
        if (db.Database.GetDbConnection() is SqliteConnection sqlite
            && new SqliteConnectionStringBuilder(sqlite.ConnectionString).DataSource is { Length: > 0 } file
            && Path.GetDirectoryName(file) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        await db.Database.MigrateAsync(ct);

        if (db.Database.IsSqlite())
        {
            // Write-ahead logging lets readers go on while a writer commits; the setting is kept
            // in the file. Writers still queue, waiting up to the connection's busy timeout.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }

        Log.DatabaseReady(logger);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Database is up to date")]
        public static partial void DatabaseReady(ILogger logger);
    }
}
