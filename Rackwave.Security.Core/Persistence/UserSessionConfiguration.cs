using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rackwave.Security.Sessions;

namespace Rackwave.Security.Persistence;

internal sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> builder)
    {
        builder.ToTable("Sessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();

        builder.Property(s => s.UserId).HasMaxLength(450);
        builder.Property(s => s.TokenHash).HasMaxLength(32);
        builder.Property(s => s.StartIp).HasMaxLength(45);
        builder.Property(s => s.LastIp).HasMaxLength(45);
        builder.Property(s => s.UserAgent).HasMaxLength(UserSession.MaxUserAgentLength);
        builder.Property(s => s.DeviceType).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.DeviceName).HasMaxLength(128);
        builder.Property(s => s.OsFamily).HasMaxLength(64);
        builder.Property(s => s.OsVersion).HasMaxLength(32);
        builder.Property(s => s.ClientFamily).HasMaxLength(64);
        builder.Property(s => s.ClientVersion).HasMaxLength(32);
        builder.Property(s => s.LocationKind).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.City).HasMaxLength(128);
        builder.Property(s => s.Country).HasMaxLength(128);
        builder.Property(s => s.CountryCode).HasMaxLength(2);
        builder.Property(s => s.EndReason).HasConversion<string>().HasMaxLength(32);
        builder.Property(s => s.EndedByUserId).HasMaxLength(450);
        builder.Ignore(s => s.Device);
        builder.Ignore(s => s.Location);

        builder.HasIndex(s => s.TokenHash).IsUnique().HasDatabaseName("IX_Sessions_TokenHash");
        builder.HasIndex(s => new { s.UserId, s.EndedAt }).HasDatabaseName("IX_Sessions_User_Ended");

        // The sweep and the admin console read only sessions still running. A partial index keeps
        // that read small however many ended rows pile up. The filter is SQL text: SQLite and
        // PostgreSQL both accept this quoting.
        builder.HasIndex(s => s.LastActiveAt)
            .HasFilter("\"EndedAt\" IS NULL")
            .HasDatabaseName("IX_Sessions_Active_LastActive");
        builder.HasIndex(s => s.ExpiresAt)
            .HasFilter("\"EndedAt\" IS NULL")
            .HasDatabaseName("IX_Sessions_Active_Expires");

        builder.HasOne<ApplicationUser>()
            .WithMany()
            .HasForeignKey(s => s.UserId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
