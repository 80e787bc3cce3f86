using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Rackwave.Security.Persistence;

namespace Rackwave.Security.Web.Hosting;

internal static class DataServiceCollectionExtensions
{
    /// <summary>
    /// The one database of accounts, sessions and audit entries: SQLite, at the path of the
    /// <c>Rackwave</c> connection string (relative paths are taken from the app's folder).
    /// </summary>
    public static IServiceCollection AddRackwaveData(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration.GetConnectionString("Rackwave")
            ?? throw new InvalidOperationException(
                "Connection string 'Rackwave' is missing. Set ConnectionStrings:Rackwave, "
                + "for example \"Data Source=App_Data/rackwave.db\".");
        var connectionString = ResolveSqlitePath(configured, environment.ContentRootPath);
        services.AddDbContextFactory<SecurityDbContext>(options => options.UseSqlite(connectionString));
        services.AddDatabaseDeveloperPageExceptionFilter();
        return services;
    }

    private static string ResolveSqlitePath(string connectionString, string contentRoot)
    {
        SqliteConnectionStringBuilder builder;
        try
        {
            builder = new SqliteConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidOperationException(
                $"ConnectionStrings:Rackwave is not a SQLite connection string ({ex.Message}). "
                + "Use one like \"Data Source=App_Data/rackwave.db\".",
                ex);
        }

        if (builder.DataSource is { Length: > 0 } path
            && path != ":memory:"
            && builder.Mode != SqliteOpenMode.Memory
            && !Path.IsPathRooted(path))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, path));
        }

        // Writers wait (up to this many seconds) for each other instead of failing with "database is locked".
        if (!connectionString.Contains("Default Timeout", StringComparison.OrdinalIgnoreCase))
        {
            builder.DefaultTimeout = 30;
        }

        return builder.ToString();
    }
}
