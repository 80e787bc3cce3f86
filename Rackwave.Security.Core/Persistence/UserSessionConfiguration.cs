using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rackwave.Security.Network;
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
        builder.Property(s => s.LastIpKey).HasMaxLength(IPAddressKey.Length);
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
            .HasDatabaseName(SessionIndexNames.LastActive);
        builder.HasIndex(s => s.ExpiresAt)
            .HasFilter("\"EndedAt\" IS NULL")
            .HasDatabaseName("IX_Sessions_Active_Expires");

        // The admin console sorts and filters the running sessions of every account by these
        // (see Sessions/Admin): each is partial, so it holds only running sessions, however many
        // ended rows pile up, and a page of a million running sessions is an index walk. On
        // SQLite the console names them in INDEXED BY (SessionIndexNames), so they keep their
        // names; PostgreSQL's planner picks them itself. Sort orders end on Id so that pages of
        // equal values are stable.
        builder.HasIndex(s => new { s.StartedAt, s.Id })
            .HasFilter("\"EndedAt\" IS NULL")
            .HasDatabaseName(SessionIndexNames.Started);
        builder.HasIndex(s => s.UserId)
            .HasFilter("\"EndedAt\" IS NULL")
            .HasDatabaseName(SessionIndexNames.User);
        // Hex keys compare as the addresses do only bytewise: SQLite's default. On PostgreSQL give
        // LastIpKey the "C" collation (or store an inet and index it with GiST for <<=).
        builder.HasIndex(s => new { s.LastIpKey, s.Id })
            .HasFilter("\"EndedAt\" IS NULL")
            .HasDatabaseName(SessionIndexNames.IpKey);
        builder.HasIndex(s => new { s.Country, s.City, s.Id })
            .HasFilter("\"EndedAt\" IS NULL")
            .HasDatabaseName(SessionIndexNames.Location);
        builder.HasIndex(s => s.CountryCode)
            .HasFilter("\"EndedAt\" IS NULL")
            .HasDatabaseName(SessionIndexNames.Country);
        builder.HasIndex(s => new { s.ClientFamily, s.ClientVersion, s.Id })
            .HasFilter("\"EndedAt\" IS NULL")
            .HasDatabaseName(SessionIndexNames.Client);
        builder.HasIndex(s => s.DeviceType)
            .HasFilter("\"EndedAt\" IS NULL")
            .HasDatabaseName(SessionIndexNames.DeviceType);

        builder.HasOne<ApplicationUser>()
            .WithMany()
            .HasForeignKey(s => s.UserId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
