using Microsoft.EntityFrameworkCore;
using Rackwave.Security.Persistence;

namespace Rackwave.Security.Sessions.Admin;

/// <summary>
/// How a page is read: out of many matches by walking the sort order's index, out of few by
/// sorting just those. The total, counted first up to the limit, says which.
/// </summary>
public sealed partial class AdminSessionQueries
{
    /// <summary>
    /// A page out of many matches (more than the count limit): walk the index of the sort order,
    /// checking the filter row by row. At least one row in <c>running / limit</c> matches, so a
    /// page reads few rows whatever the filter.
    /// </summary>
    /// <remarks>
    /// Limitation: OFFSET paging reads the rows it skips, so deep pages of a huge list cost more
    /// than the first (keyset paging would not, but the pager jumps to any page).
    /// </remarks>
    private static async Task<List<SessionWithAccount>> LargePageAsync(
        SecurityDbContext db, AdminSessionFilter filter, DateTime now, PageWindow window, CancellationToken ct)
    {
        var walked = db.RunningSessionsThrough(IndexedSources.IndexFor(window.Sort)).Matching(db, filter, now);
        if (window.Sort == AdminSessionSort.AccountEmail)
        {
            return await JoinAccounts(walked, db.UsersInEmailOrder())
                .SortedByEmail(window.Descending)
                .Skip(window.Skip)
                .Take(window.Take)
                .ToListAsync(ct)
                .ConfigureAwait(false);
        }

        var sessions = await walked.Sorted(window.Sort, window.Descending)
            .Skip(window.Skip)
            .Take(window.Take)
            .ToListAsync(ct)
            .ConfigureAwait(false);
        return await WithAccountsAsync(db, sessions, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// A page out of few matches (<paramref name="all"/>, at most the count limit): the filter's
    /// own indexes find them all and only those are sorted. The LIMIT inside keeps any database
    /// from merging the two steps back into a walk of the sort index.
    /// </summary>
    private static async Task<List<SessionWithAccount>> SmallPageAsync(
        SecurityDbContext db, IQueryable<UserSession> all, PageWindow window, CancellationToken ct)
    {
        if (window.Sort == AdminSessionSort.AccountEmail)
        {
            return await JoinAccounts(all, db.Users.AsNoTracking())
                .SortedByEmail(window.Descending)
                .Skip(window.Skip)
                .Take(window.Take)
                .ToListAsync(ct)
                .ConfigureAwait(false);
        }

        var sessions = await all.Sorted(window.Sort, window.Descending)
            .Skip(window.Skip)
            .Take(window.Take)
            .ToListAsync(ct)
            .ConfigureAwait(false);
        return await WithAccountsAsync(db, sessions, ct).ConfigureAwait(false);
    }

    private static IQueryable<SessionWithAccount> JoinAccounts(
        IQueryable<UserSession> sessions, IQueryable<ApplicationUser> accounts) =>
        sessions.Join(accounts, s => s.UserId, u => u.Id, (s, u) => new SessionWithAccount
        {
            Session = s,
            Email = u.Email,
            NormalizedEmail = u.NormalizedEmail,
        });

    /// <summary>
    /// The e-mails of a page's accounts, read apart from the page: joined in one statement,
    /// SQLite's planner starts from the accounts and sorts every running session.
    /// </summary>
    private static async Task<List<SessionWithAccount>> WithAccountsAsync(
        SecurityDbContext db, List<UserSession> sessions, CancellationToken ct)
    {
        var userIds = sessions.Select(s => s.UserId).Distinct().ToList();
        var emails = await db.Users
            .Where(u => userIds.Contains(u.Id))
            .Select(u => new { u.Id, u.Email })
            .ToDictionaryAsync(u => u.Id, u => u.Email, ct)
            .ConfigureAwait(false);
        return sessions
            .Select(s => new SessionWithAccount { Session = s, Email = emails.GetValueOrDefault(s.UserId) })
            .ToList();
    }

    private readonly record struct PageWindow(AdminSessionSort Sort, bool Descending, int Skip, int Take);
}
