using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Rackwave.Security.Network;
using Rackwave.Security.Persistence;

namespace Rackwave.Security.Benchmarks.AdminConsole;

/// <summary>
/// Fills a SQLite file, migrated like the app's, with accounts, sessions (some running, most
/// ended over the last month) and one sign-in audit entry per session. Plain prepared inserts in
/// one transaction: EF Core's change tracker would take minutes for a million rows.
/// </summary>
internal static class AdminConsoleSeeder
{
    public const string AdminEmail = "bench-admin@rackwave.test";

    private const string TimeFormat = "yyyy-MM-dd HH:mm:ss.FFFFFFF";

    private static readonly (string Code, string Country, string City)[] Places =
    [
        ("GB", "United Kingdom", "London"), ("DE", "Germany", "Berlin"), ("US", "United States", "Chicago"),
        ("FR", "France", "Paris"), ("SE", "Sweden", "Stockholm"), ("NL", "Netherlands", "Amsterdam"),
        ("JP", "Japan", "Tokyo"), ("BR", "Brazil", "São Paulo"), ("IN", "India", "Mumbai"),
        ("AU", "Australia", "Sydney"), ("CA", "Canada", "Toronto"), ("ES", "Spain", "Madrid"),
    ];

    private static readonly (string Family, string Version, string Os, string Device, string Type)[] Clients =
    [
        ("Chrome", "125", "Windows", "Windows PC", "Desktop"), ("Safari", "17.4", "iOS", "iPhone", "Phone"),
        ("Firefox", "126", "Linux", "Linux PC", "Desktop"), ("Edge", "125", "Windows", "Windows PC", "Desktop"),
        ("Chrome Mobile", "125", "Android", "Pixel 8", "Phone"), ("Safari", "17.4", "Mac OS X", "Mac", "Desktop"),
        ("Safari", "17.4", "iPadOS", "iPad", "Tablet"), ("curl", "8.7", "Other", "Unknown device", "Other"),
    ];

    /// <summary>Creates the file unless it exists (and reseeding was not asked for). Returns the admin's id.</summary>
    public static async Task<string> EnsureAsync(AdminSeedOptions options, TextWriter output)
    {
        if (File.Exists(options.DatabasePath) && !options.Reseed)
        {
            output.WriteLine($"Using the seeded file {options.DatabasePath} (pass --reseed to rebuild it).");
            return await AdminIdAsync(options.DatabasePath);
        }

        foreach (var file in new[] { "", "-wal", "-shm" })
        {
            File.Delete(options.DatabasePath + file);
        }

        var clock = Stopwatch.StartNew();
        await using (var db = Context(options.DatabasePath))
        {
            await db.Database.MigrateAsync();
        }

        await using var connection = new SqliteConnection(ConnectionString(options.DatabasePath));
        await connection.OpenAsync();
        // Seeding only: no journal and a large page cache. The app's own setting (WAL) comes after.
        await ExecuteAsync(connection, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-1000000;");
        var random = new Random(20260601);
        await using (var tx = (SqliteTransaction)await connection.BeginTransactionAsync())
        {
            var userIds = await InsertAccountsAsync(connection, tx, options.Accounts);
            await InsertSessionsAsync(connection, tx, options, userIds, random);
            await tx.CommitAsync();
        }

        // No ANALYZE: the app never runs it, so its planner works without statistics, as here.
        await ExecuteAsync(connection, "PRAGMA journal_mode=WAL;");
        output.WriteLine(
            $"Seeded {options.Sessions:N0} sessions ({options.RunningShare:P0} running)"
            + $" of {options.Accounts:N0} accounts"
            + $" in {clock.Elapsed.TotalSeconds:F1} s: {options.DatabasePath}");
        return await AdminIdAsync(options.DatabasePath);
    }

    public static SecurityDbContext Context(string path) =>
        new(new DbContextOptionsBuilder<SecurityDbContext>().UseSqlite(ConnectionString(path)).Options);

    public static string ConnectionString(string path) =>
        new SqliteConnectionStringBuilder { DataSource = path, DefaultTimeout = 30 }.ToString();

    private static async Task<List<string>> InsertAccountsAsync(
        SqliteConnection connection, SqliteTransaction tx, int count)
    {
        var insert = Command(connection, tx, """
            INSERT INTO AspNetUsers (Id, UserName, NormalizedUserName, Email, NormalizedEmail, EmailConfirmed,
                SecurityStamp, ConcurrencyStamp, PhoneNumberConfirmed, TwoFactorEnabled, LockoutEnabled,
                AccessFailedCount)
            VALUES ($id, $email, $normalized, $email, $normalized, 1, $stamp, $stamp, 0, 0, 1, 0)
            """, "$id", "$email", "$normalized", "$stamp");
        var ids = new List<string>(count + 1);
        for (var i = 0; i <= count; i++)
        {
            var id = Guid.NewGuid().ToString();
            var email = i == count ? AdminEmail : $"user{i:D6}@example{i % 97}.com";
            insert.Parameters[0].Value = id;
            insert.Parameters[1].Value = email;
            insert.Parameters[2].Value = email.ToUpperInvariant();
            insert.Parameters[3].Value = Guid.NewGuid().ToString("N");
            await insert.ExecuteNonQueryAsync();
            ids.Add(id);
        }

        var adminId = ids[^1];
        await ExecuteAsync(connection, $"""
            INSERT INTO AspNetRoles (Id, Name, NormalizedName, ConcurrencyStamp)
            VALUES ('bench-role', 'SecurityAdmin', 'SECURITYADMIN', 'x');
            INSERT INTO AspNetUserRoles (UserId, RoleId) VALUES ('{adminId}', 'bench-role');
            """, tx);
        ids.RemoveAt(ids.Count - 1);
        return ids;
    }

    private static async Task InsertSessionsAsync(
        SqliteConnection connection,
        SqliteTransaction tx,
        AdminSeedOptions options,
        List<string> userIds,
        Random random)
    {
        var session = Command(connection, tx, """
            INSERT INTO Sessions (Id, UserId, TokenHash, StartedAt, LastActiveAt, ExpiresAt, StartIp, LastIp, LastIpKey,
                UserAgent, DeviceType, DeviceName, OsFamily, ClientFamily, ClientVersion, LocationKind, City, Country,
                CountryCode, EndedAt, EndReason)
            VALUES ($id, $user, $hash, $started, $last, $expires, $ip, $ip, $key, 'bench', $type, $device, $os,
                $client, $version, 'Resolved', $city, $country, $code, $ended, $reason)
            """, "$id", "$user", "$hash", "$started", "$last", "$expires", "$ip", "$key", "$type", "$device", "$os",
            "$client", "$version", "$city", "$country", "$code", "$ended", "$reason");
        var audit = Command(connection, tx, """
            INSERT INTO AuditEntries (OccurredAt, Kind, UserId, SessionId, ActorKind, ActorUserId, Ip, Device, Location)
            VALUES ($at, 'SignedIn', $user, $session, 'User', $user, $ip, $device, $location)
            """, "$at", "$user", "$session", "$ip", "$device", "$location");

        var now = AdminSeedOptions.Now;
        for (var i = 0; i < options.Sessions; i++)
        {
            var running = random.NextDouble() < options.RunningShare;
            var started = running
                ? now - TimeSpan.FromMinutes(random.Next(1, 29 * 24 * 60))
                : now - TimeSpan.FromMinutes(random.Next(60, 90 * 24 * 60));
            var lastActive = running
                ? Later(started, now - TimeSpan.FromSeconds(random.Next(0, 23 * 3600)))
                : Earlier(started.AddMinutes(random.Next(0, 600)), now.AddMinutes(-10));
            var ended = Earlier(lastActive.AddMinutes(5), now);

            var place = Places[random.Next(Places.Length)];
            var client = Clients[random.Next(Clients.Length)];
            var address = new System.Net.IPAddress(
                [(byte)random.Next(1, 224), (byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(1, 255)]);
            var id = Guid.CreateVersion7(new DateTimeOffset(started)).ToString().ToUpperInvariant();
            var userId = userIds[random.Next(userIds.Count)];
            var ip = address.ToString();
            var device = $"{client.Family} {client.Version} · {client.Device}";

            Set(session, id, userId, RandomBytes(random), Text(started), Text(lastActive), Text(started.AddDays(30)),
                ip,
                IPAddressKey.Of(address), client.Type, client.Device, client.Os, client.Family, client.Version,
                place.City, place.Country, place.Code,
                running ? DBNull.Value : Text(ended), running ? DBNull.Value : "SignedOut");
            await session.ExecuteNonQueryAsync();
            Set(audit, Text(started), userId, id, ip, device, $"{place.City}, {place.Country}");
            await audit.ExecuteNonQueryAsync();
        }
    }

    private static DateTime Later(DateTime a, DateTime b) => a > b ? a : b;

    private static DateTime Earlier(DateTime a, DateTime b) => a < b ? a : b;

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[32];
        random.NextBytes(bytes);
        return bytes;
    }

    private static string Text(DateTime time) => time.ToString(TimeFormat, CultureInfo.InvariantCulture);

    private static SqliteCommand Command(
        SqliteConnection connection, SqliteTransaction tx, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }

    private static void Set(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, SqliteTransaction? tx = null)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string> AdminIdAsync(string path)
    {
        await using var db = Context(path);
        return await db.Users
            .Where(u => u.NormalizedEmail == AdminEmail.ToUpperInvariant())
            .Select(u => u.Id)
            .SingleAsync();
    }
}
