using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Rackwave.Security.Audit;
using Rackwave.Security.Sessions;

namespace Rackwave.Security.Persistence;

/// <summary>Accounts (ASP.NET Core Identity), sessions and the audit trail, in one database.</summary>
public sealed class SecurityDbContext(DbContextOptions<SecurityDbContext> options)
    : IdentityDbContext<ApplicationUser>(options)
{
    public DbSet<UserSession> Sessions => Set<UserSession>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        // The admin console caps its counts ("10,000+") with Take before Count, where order does
        // not matter and an ORDER BY would only cost a sort; EF Core warns about every such query.
        optionsBuilder.ConfigureWarnings(w => w.Ignore(CoreEventId.RowLimitingOperationWithoutOrderByWarning));
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(SecurityDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every time is stored as UTC and read back marked as UTC.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}
