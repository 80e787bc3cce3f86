using Microsoft.EntityFrameworkCore;
using Rackwave.Security.Persistence;

namespace Rackwave.Security.Accounts;

/// <summary>The few facts about accounts that session operations need, read from the store.</summary>
internal static class AccountDirectory
{
    private static readonly string AdminRoleName = SecurityRoles.SecurityAdmin.ToUpperInvariant();

    /// <summary>
    /// Whether the user holds the security admin role now. Asked of the database, not of the
    /// caller's claims, so a role taken away counts at once.
    /// </summary>
    public static Task<bool> IsSecurityAdminAsync(this SecurityDbContext db, string userId, CancellationToken ct) =>
        db.UserRoles.AnyAsync(
            ur => ur.UserId == userId
                && db.Roles.Any(r => r.Id == ur.RoleId && r.NormalizedName == AdminRoleName),
            ct);

    public static Task<string?> EmailOfAsync(this SecurityDbContext db, string? userId, CancellationToken ct) =>
        userId is null
            ? Task.FromResult<string?>(null)
            : db.Users.Where(u => u.Id == userId).Select(u => u.Email).FirstOrDefaultAsync(ct);
}
