using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Rackwave.Security.Persistence;

namespace Rackwave.Security.Web.Hosting;

/// <summary>Brings the database up to date before the app takes requests.</summary>
internal static partial class DatabaseInitializer
{
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        var factory = app.Services.GetRequiredService<IDbContextFactory<SecurityDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        if (db.Database.GetDbConnection() is SqliteConnection sqlite
            && new SqliteConnectionStringBuilder(sqlite.ConnectionString).DataSource is { Length: > 0 } file
            && Path.GetDirectoryName(file) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        await db.Database.MigrateAsync();

        if (db.Database.IsSqlite())
        {
            // Write-ahead logging lets readers go on while a writer commits; the setting is kept
            // in the file. Writers still queue, waiting up to the connection's busy timeout.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }

        Log.DatabaseReady(app.Logger);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Database is up to date")]
        public static partial void DatabaseReady(ILogger logger);
    }
}
