using Rackwave.Security.Network;
using Rackwave.Security.Persistence;

namespace Rackwave.Security.Sessions.Admin;

/// <summary>The admin console's filters, as query conditions on the running sessions.</summary>
internal static class AdminSessionFiltering
{
    /// <summary>
    /// Sessions the store holds as running: not ended. Timeouts are enforced on every use of a
    /// session and the sweep ends those that ran out (announcing it, so they leave the console
    /// live); the console reads the store as it is, so that its rows and counts come from the
    /// partial indexes alone.
    /// </summary>
    /// <remarks>
    /// Limitation: a session past its idle timeout or lifetime stays listed and counted until the
    /// sweep ends it, which it does as sessions run out (see <see cref="SessionSweeper"/>), about a
    /// second later; the owner's own list hides it at once. With the time conditions here, every
    /// count needs each row's times from the table: measured, about a second per 250,000 running
    /// sessions instead of tens of milliseconds from an index alone.
    /// </remarks>
    public static IQueryable<UserSession> Running(this IQueryable<UserSession> sessions) =>
        sessions.Where(s => s.EndedAt == null);

    public static IQueryable<UserSession> Matching(
        this IQueryable<UserSession> sessions, SecurityDbContext db, AdminSessionFilter filter, DateTime now)
    {
        if (Text(filter.EmailContains) is { } email)
        {
            // Identity's normaliser upper-cases e-mails; search the same form, in any case.
            // Limitation: "contains" cannot use an index, so it reads every account's e-mail
            // once (fine for tens of thousands of accounts; a trigram index would be needed
            // far beyond that, for example pg_trgm on PostgreSQL).
            var needle = email.ToUpperInvariant();
            var accounts = db.Users.Where(u => u.NormalizedEmail!.Contains(needle)).Select(u => u.Id);
            sessions = sessions.Where(s => accounts.Contains(s.UserId));
        }

        if (Text(filter.Network) is { } network)
        {
            sessions = InNetwork(sessions, network);
        }

        if (Text(filter.CountryCode) is { } country)
        {
            var code = country.ToUpperInvariant();
            sessions = sessions.Where(s => s.CountryCode == code);
        }

        if (Text(filter.BrowserFamily) is { } browser)
        {
            sessions = sessions.Where(s => s.ClientFamily == browser);
        }

        if (filter.DeviceType is { } type)
        {
            sessions = sessions.Where(s => s.DeviceType == type);
        }

        if (filter.ActiveWithinMinutes is { } minutes)
        {
            // Limitation: the stored Last Active, which trails the live one by at most one
            // activity flush interval (a minute by default).
            var since = now - TimeSpan.FromMinutes(Math.Max(minutes, 0));
            sessions = sessions.Where(s => s.LastActiveAt > since);
        }

        return sessions;
    }

    private static IQueryable<UserSession> InNetwork(IQueryable<UserSession> sessions, string network)
    {
        if (!NetworkRange.TryParse(network, out var range))
        {
            return sessions.Where(s => false);
        }

        var (first, last) = (range.FirstKey, range.LastKey);
        if (first == last)
        {
            return sessions.Where(s => s.LastIpKey == first);
        }

        // The keys are fixed-length lowercase hex, so text order is address order: a network is
        // one index range. SQLite compares text bytewise; on PostgreSQL the column needs the "C"
        // collation for the same (or use an inet column with a GiST index and the <<= operator).
        return sessions.Where(s =>
            string.Compare(s.LastIpKey, first) >= 0 && string.Compare(s.LastIpKey, last) <= 0);
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
