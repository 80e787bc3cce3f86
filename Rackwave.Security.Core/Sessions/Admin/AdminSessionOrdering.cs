using System.Linq.Expressions;

namespace Rackwave.Security.Sessions.Admin;

/// <summary>
/// The console's sort orders. Each ends on the session id, so that paging is stable when many
/// rows share a value, and each matches a partial index over running sessions (the e-mail
/// order walks Identity's e-mail index and each account's sessions), so a page is an index walk.
/// </summary>
/// <remarks>
/// Null values (no location, no browser) come first in ascending order on SQLite and last on
/// PostgreSQL; the console does not depend on either.
/// </remarks>
internal static class AdminSessionOrdering
{
    /// <summary>Every order but the account e-mail, which needs the accounts joined in.</summary>
    public static IOrderedQueryable<UserSession> Sorted(
        this IQueryable<UserSession> sessions, AdminSessionSort sort, bool descending) => sort switch
    {
        AdminSessionSort.SignedIn => By(sessions, s => s.StartedAt, descending)
            .Then(s => s.Id, descending),
        AdminSessionSort.IpAddress => By(sessions, s => s.LastIpKey, descending)
            .Then(s => s.Id, descending),
        AdminSessionSort.Location => By(sessions, s => s.Country, descending)
            .Then(s => s.City, descending)
            .Then(s => s.Id, descending),
        AdminSessionSort.Browser => By(sessions, s => s.ClientFamily, descending)
            .Then(s => s.ClientVersion, descending)
            .Then(s => s.Id, descending),
        AdminSessionSort.AccountEmail => throw new ArgumentOutOfRangeException(
            nameof(sort), sort, "Sort by e-mail through SortedByEmail."),
        _ => By(sessions, s => s.LastActiveAt, descending)
            .Then(s => s.Id, descending),
    };

    /// <summary>By account e-mail (case-insensitively), then most recently active first.</summary>
    public static IOrderedQueryable<SessionWithAccount> SortedByEmail(
        this IQueryable<SessionWithAccount> rows, bool descending) =>
        By(rows, r => r.NormalizedEmail, descending)
            .Then(r => r.Session.LastActiveAt, true)
            .Then(r => r.Session.Id, true);

    private static IOrderedQueryable<T> By<T, TKey>(
        IQueryable<T> rows, Expression<Func<T, TKey>> key, bool descending) =>
        descending ? rows.OrderByDescending(key) : rows.OrderBy(key);

    private static IOrderedQueryable<T> Then<T, TKey>(
        this IOrderedQueryable<T> rows, Expression<Func<T, TKey>> key, bool descending) =>
        descending ? rows.ThenByDescending(key) : rows.ThenBy(key);
}
