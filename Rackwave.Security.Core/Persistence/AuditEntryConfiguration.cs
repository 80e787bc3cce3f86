using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rackwave.Security.Audit;

namespace Rackwave.Security.Persistence;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.HasKey(a => a.Id);

        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.Property(a => a.UserEmail).HasMaxLength(256);
        builder.Property(a => a.EndReason).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.ActorKind).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.ActorUserId).HasMaxLength(450);
        builder.Property(a => a.ActorEmail).HasMaxLength(256);
        builder.Property(a => a.Ip).HasMaxLength(45);
        builder.Property(a => a.Device).HasMaxLength(256);
        builder.Property(a => a.Location).HasMaxLength(256);
        builder.Property(a => a.Detail).HasMaxLength(256);

        builder.HasIndex(a => new { a.UserId, a.OccurredAt }).HasDatabaseName("IX_Audit_User_Time");
        builder.HasIndex(a => a.OccurredAt).HasDatabaseName("IX_Audit_Time");

        // The admin console counts sign-ins of the last hour from this index alone.
        builder.HasIndex(a => new { a.Kind, a.OccurredAt }).HasDatabaseName("IX_Audit_Kind_Time");

        // The store itself holds "one end entry per session": a second one fails to insert.
        builder.HasIndex(a => a.SessionId)
            .IsUnique()
            .HasFilter("\"Kind\" = 'SessionEnded'")
            .HasDatabaseName("UX_Audit_SessionEnded");
    }
}
