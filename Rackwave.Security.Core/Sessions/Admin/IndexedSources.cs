using Microsoft.EntityFrameworkCore;
using Rackwave.Security.Persistence;

namespace Rackwave.Security.Sessions.Admin;

/// <summary>
/// Tables read through a chosen index. SQLite's planner has no statistics here (nothing runs
/// ANALYZE), and with or without them it was seen to sort every running session for a page
/// that one index walk answers; so, on SQLite, the console names the index (INDEXED BY).
/// PostgreSQL keeps statistics of its own and is left to its planner.
/// </summary>
internal static class IndexedSources
{
    private static readonly string[] SessionIndexes =
    [
        SessionIndexNames.LastActive, SessionIndexNames.Started, SessionIndexNames.User, SessionIndexNames.IpKey,
        SessionIndexNames.Location, SessionIndexNames.Country, SessionIndexNames.Client, SessionIndexNames.DeviceType,
    ];

    /// <summary>Running sessions, walked through one of the partial indexes over them.</summary>
    public static IQueryable<UserSession> RunningSessionsThrough(this SecurityDbContext db, string index)
    {
        if (!db.Database.IsSqlite())
        {
            return db.Sessions.AsNoTracking().Running();
        }

        if (!SessionIndexes.Contains(index))
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, "Not a partial index over running sessions.");
        }

        // The index's own filter is repeated: SQLite uses a partial index only for a query that
        // implies it.
        var sql = "SELECT * FROM \"Sessions\" INDEXED BY \"" + index + "\" WHERE \"EndedAt\" IS NULL";
        return db.Sessions.FromSqlRaw(sql).AsNoTracking().Running();
    }

    /// <summary>
    /// Accounts in e-mail order. On SQLite the e-mail index can then only be walked, which makes
    /// the accounts the outer loop of a join: sessions are found per account, never all sorted.
    /// </summary>
    public static IQueryable<ApplicationUser> UsersInEmailOrder(this SecurityDbContext db) =>
        db.Database.IsSqlite()
            ? db.Users.FromSqlRaw("SELECT * FROM \"AspNetUsers\" INDEXED BY \"" + SessionIndexNames.UserEmail + "\"")
                .AsNoTracking()
            : db.Users.AsNoTracking();

    /// <summary>The partial index whose order is <paramref name="sort"/>.</summary>
    public static string IndexFor(AdminSessionSort sort) => sort switch
    {
        AdminSessionSort.SignedIn => SessionIndexNames.Started,
        AdminSessionSort.IpAddress => SessionIndexNames.IpKey,
        AdminSessionSort.Location => SessionIndexNames.Location,
        AdminSessionSort.Browser => SessionIndexNames.Client,
        AdminSessionSort.AccountEmail => SessionIndexNames.User,
        _ => SessionIndexNames.LastActive,
    };
}
