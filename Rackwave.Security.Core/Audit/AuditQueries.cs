using Microsoft.EntityFrameworkCore;
using Rackwave.Security.Persistence;

namespace Rackwave.Security.Audit;

/// <summary>Reads the audit trail for the account owner's Security activity page.</summary>
public sealed class AuditQueries(IDbContextFactory<SecurityDbContext> dbFactory)
{
    public const int MaxPageSize = 100;

    /// <summary>One page of an account's history, newest first, and how many entries there are.</summary>
    public async Task<(IReadOnlyList<AuditRecord> Items, int Total)> ListForUserAsync(
        string userId,
        int page,
        int pageSize,
        CancellationToken ct = default)
    {
        page = Math.Max(page, 0);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var query = db.AuditEntries.AsNoTracking().Where(a => a.UserId == userId);
            var total = await query.CountAsync(ct).ConfigureAwait(false);
            var items = await query
                .OrderByDescending(a => a.OccurredAt)
                .ThenByDescending(a => a.Id)
                .Skip(page * pageSize)
                .Take(pageSize)
                .ToListAsync(ct)
                .ConfigureAwait(false);
            return (items.Select(AuditRecord.From).ToList(), total);
        }
    }
}
