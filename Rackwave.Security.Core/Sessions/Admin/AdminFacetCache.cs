using Microsoft.EntityFrameworkCore;
using Rackwave.Security.Persistence;

namespace Rackwave.Security.Sessions.Admin;

/// <summary>
/// The countries and browsers among running sessions, read from their partial indexes at most
/// once per <see cref="MaxAge"/> for all consoles. A value that appears in between is missing from
/// the choices for up to that long; the table itself is always current.
/// </summary>
public sealed class AdminFacetCache(IDbContextFactory<SecurityDbContext> dbFactory, TimeProvider time)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    /// <summary>More distinct values than this are not offered (a filter list is for choosing).</summary>
    public const int MaxValues = 300;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private (AdminSessionFacets Facets, DateTime At)? _latest;

    public async Task<AdminSessionFacets> GetAsync(CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var now = time.GetUtcNow().UtcDateTime;
            if (_latest is { } latest && now - latest.At < MaxAge)
            {
                return latest.Facets;
            }

            var facets = await ReadAsync(ct).ConfigureAwait(false);
            _latest = (facets, now);
            return facets;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<AdminSessionFacets> ReadAsync(CancellationToken ct)
    {
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            // Each distinct list is a walk of one index, no table rows.
            var browsers = await db.RunningSessionsThrough(SessionIndexNames.Client)
                .Where(s => s.ClientFamily != null)
                .Select(s => s.ClientFamily!)
                .Distinct()
                .OrderBy(family => family)
                .Take(MaxValues)
                .ToListAsync(ct)
                .ConfigureAwait(false);
            var codes = await db.RunningSessionsThrough(SessionIndexNames.Country)
                .Where(s => s.CountryCode != null)
                .Select(s => s.CountryCode!)
                .Distinct()
                .Take(MaxValues)
                .ToListAsync(ct)
                .ConfigureAwait(false);
            var countries = new List<CountryFacet>(codes.Count);
            foreach (var code in codes)
            {
                // One row per country for its name: the code index finds it at once.
                var name = await db.RunningSessionsThrough(SessionIndexNames.Country)
                    .Where(s => s.CountryCode == code)
                    .Select(s => s.Country)
                    .FirstOrDefaultAsync(ct)
                    .ConfigureAwait(false);
                countries.Add(new CountryFacet(code, name ?? code));
            }

            return new AdminSessionFacets(
                countries.OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ToList(),
                browsers);
        }
    }
}
