using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Rackwave.Security.Accounts;
using Rackwave.Security.Persistence;

namespace Rackwave.Security.Web.Hosting;

/// <summary>Grants the SecurityAdmin role to the accounts listed in <see cref="SecurityAdminOptions"/>.</summary>
internal sealed partial class AdminRoleProvisioner(
    UserManager<ApplicationUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<SecurityAdminOptions> options,
    IOptions<IdentityOptions> identity,
    ILogger<AdminRoleProvisioner> logger)
{
    /// <summary>Creates the role if needed and grants it to every listed account that exists.</summary>
    public async Task ApplyAllAsync()
    {
        await EnsureRoleAsync();
        foreach (var email in options.Value.AdminEmails.Where(e => !string.IsNullOrWhiteSpace(e)))
        {
            if (await users.FindByEmailAsync(email.Trim()) is { } user)
            {
                await ApplyToAsync(user);
            }
        }
    }

    /// <summary>
    /// Grants the role to this account if its e-mail is listed (and confirmed, where that is required).
    /// </summary>
    public async Task ApplyToAsync(ApplicationUser user)
    {
        if (!IsListed(user.Email)
            || (identity.Value.SignIn.RequireConfirmedAccount && !user.EmailConfirmed)
            || await users.IsInRoleAsync(user, SecurityRoles.SecurityAdmin))
        {
            return;
        }

        await EnsureRoleAsync();
        var result = await users.AddToRoleAsync(user, SecurityRoles.SecurityAdmin);
        if (result.Succeeded)
        {
            Log.Granted(logger, user.Id);
        }
    }

    private bool IsListed(string? email) =>
        email is not null
        && options.Value.AdminEmails.Any(e => string.Equals(e.Trim(), email, StringComparison.OrdinalIgnoreCase));

    private async Task EnsureRoleAsync()
    {
        if (!await roles.RoleExistsAsync(SecurityRoles.SecurityAdmin))
        {
            await roles.CreateAsync(new IdentityRole(SecurityRoles.SecurityAdmin));
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 3301, Level = LogLevel.Warning,
            Message = "Granted the SecurityAdmin role to user {UserId}, listed in Security:AdminEmails")]
        public static partial void Granted(ILogger logger, string userId);
    }
}
