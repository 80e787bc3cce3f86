using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Rackwave.Security.Accounts;
using Rackwave.Security.Audit;
using Rackwave.Security.Persistence;

namespace Rackwave.Security.Sessions.Admin;

/// <summary>
/// What the security admin console reads: the running sessions of every account (filtered,
/// sorted, one page at a time), the counters above them and the latest security events.
/// </summary>
/// <remarks>
/// Every call names the acting user and is refused with <see cref="SecurityAdminRequiredException"/>
/// unless the store says that user is a security admin now: the page's own authorization is not
/// the only gate, and a role taken away counts at once.
/// </remarks>
public sealed partial class AdminSessionQueries(
    IDbContextFactory<SecurityDbContext> dbFactory,
    SessionActivityTracker activity,
    AdminCounterCache counters,
    AdminFacetCache facets,
    IOptions<AdminConsoleOptions> options,
    TimeProvider time,
    ILogger<AdminSessionQueries> logger)
{
    public const int MaxActivityItems = 100;

    /// <summary>One page of the running sessions that match, and how many match.</summary>
    public async Task<AdminSessionPage> ListAsync(
        string adminUserId, AdminSessionQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var pageSize = Math.Clamp(query.PageSize, 1, AdminSessionQuery.MaxPageSize);
        var page = Math.Max(query.Page, 0);
        var now = time.GetUtcNow().UtcDateTime;
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            await DemandAdminAsync(db, adminUserId, nameof(ListAsync), ct).ConfigureAwait(false);
            var matching = db.Sessions.AsNoTracking()
                .Running()
                .Matching(db, query.Filter, now);

            // Counting stops one past the limit: its cost grows with the limit, not the table.
            var limit = options.Value.CountLimit;
            var counted = await matching.Take(limit + 1).CountAsync(ct).ConfigureAwait(false);
            if (counted == 0)
            {
                return AdminSessionPage.Empty;
            }

            var window = new PageWindow(query.Sort, query.Descending, page * pageSize, pageSize);
            var rows = counted > limit
                ? await LargePageAsync(db, query.Filter, now, window, ct).ConfigureAwait(false)
                : await SmallPageAsync(db, matching.Take(limit + 1), window, ct).ConfigureAwait(false);
            var items = rows.Select(r => WithLiveActivity(SessionView.From(r.Session, r.Email))).ToList();
            return new AdminSessionPage(items, Math.Min(counted, limit), counted > limit);
        }
    }

    /// <summary>Running sessions, accounts with one, and sign-ins in the last hour.</summary>
    public async Task<AdminCounters> CountersAsync(string adminUserId, CancellationToken ct = default)
    {
        await DemandAdminAsync(adminUserId, nameof(CountersAsync), ct).ConfigureAwait(false);
        return await counters.GetAsync(ct).ConfigureAwait(false);
    }

    /// <summary>The countries and browsers among running sessions, for the filter choices.</summary>
    public async Task<AdminSessionFacets> FacetsAsync(string adminUserId, CancellationToken ct = default)
    {
        await DemandAdminAsync(adminUserId, nameof(FacetsAsync), ct).ConfigureAwait(false);
        return await facets.GetAsync(ct).ConfigureAwait(false);
    }

    /// <summary>The latest security events of every account, newest first.</summary>
    public async Task<IReadOnlyList<AuditRecord>> RecentActivityAsync(
        string adminUserId, int limit = 20, CancellationToken ct = default)
    {
        limit = Math.Clamp(limit, 1, MaxActivityItems);
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            await DemandAdminAsync(db, adminUserId, nameof(RecentActivityAsync), ct).ConfigureAwait(false);
            var entries = await db.AuditEntries.AsNoTracking()
                .OrderByDescending(a => a.OccurredAt)
                .ThenByDescending(a => a.Id)
                .Take(limit)
                .ToListAsync(ct)
                .ConfigureAwait(false);
            return entries.Select(AuditRecord.From).ToList();
        }
    }

    /// <summary>
    /// Runs the statements of the console's first load once and throws the results away, so that
    /// EF Core has translated them before the first admin waits on them (about 200 ms on this
    /// machine, more than the queries themselves). Returns nothing to anyone.
    /// </summary>
    internal async Task WarmUpAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            await db.IsSecurityAdminAsync(string.Empty, ct).ConfigureAwait(false);
            var matching = db.Sessions.AsNoTracking().Running().Matching(db, AdminSessionFilter.None, now);
            var limit = options.Value.CountLimit;
            await matching.Take(limit + 1).CountAsync(ct).ConfigureAwait(false);
            var window = new PageWindow(AdminSessionSort.LastActive, true, 0, 1);
            await LargePageAsync(db, AdminSessionFilter.None, now, window, ct).ConfigureAwait(false);
            await SmallPageAsync(db, matching.Take(limit + 1), window, ct).ConfigureAwait(false);
            await db.AuditEntries.AsNoTracking()
                .OrderByDescending(a => a.OccurredAt)
                .ThenByDescending(a => a.Id)
                .Take(1)
                .ToListAsync(ct)
                .ConfigureAwait(false);
        }

        await counters.GetAsync(ct).ConfigureAwait(false);
        await facets.GetAsync(ct).ConfigureAwait(false);
    }

    private async Task DemandAdminAsync(string adminUserId, string operation, CancellationToken ct)
    {
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            await DemandAdminAsync(db, adminUserId, operation, ct).ConfigureAwait(false);
        }
    }

    private async Task DemandAdminAsync(
        SecurityDbContext db, string adminUserId, string operation, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(adminUserId) || !await db.IsSecurityAdminAsync(adminUserId, ct).ConfigureAwait(false))
        {
            Log.Refused(logger, adminUserId, operation);
            throw new SecurityAdminRequiredException();
        }
    }

    private SessionView WithLiveActivity(SessionView view) =>
        activity.LastSeen(view.Id) is { } seen && seen > view.LastActiveAt
            ? view with { LastActiveAt = seen }
            : view;

    private static partial class Log
    {
        [LoggerMessage(EventId = 1801, Level = LogLevel.Warning,
            Message = "User {ActorUserId} is not a security admin; refused the admin read {Operation}")]
        public static partial void Refused(ILogger logger, string? actorUserId, string operation);
    }
}
