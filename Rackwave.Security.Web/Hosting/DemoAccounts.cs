using Microsoft.AspNetCore.Identity;
using Rackwave.Security.Accounts;
using Rackwave.Security.Persistence;

namespace Rackwave.Security.Web.Hosting;

/// <summary>
/// In Development, two accounts to try the product with at once: a user and a security admin.
/// Their credentials are printed at start. Never created outside Development.
/// </summary>
internal static partial class DemoAccounts
{
    public const string UserEmail = "demo@rackwave.test";
    public const string AdminEmail = "admin@rackwave.test";
    public const string Password = "Rackwave-demo-1";

    public static async Task SeedAsync(IServiceProvider services, ILogger logger)
    {
        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();

        await EnsureUserAsync(users, UserEmail);
        var admin = await EnsureUserAsync(users, AdminEmail);
        if (!await roles.RoleExistsAsync(SecurityRoles.SecurityAdmin))
        {
            await roles.CreateAsync(new IdentityRole(SecurityRoles.SecurityAdmin));
        }

        if (!await users.IsInRoleAsync(admin, SecurityRoles.SecurityAdmin))
        {
            await users.AddToRoleAsync(admin, SecurityRoles.SecurityAdmin);
        }

        Log.DemoAccounts(logger, UserEmail, AdminEmail, Password);
    }

    private static async Task<ApplicationUser> EnsureUserAsync(UserManager<ApplicationUser> users, string email)
    {
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            return existing;
        }

        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true };
        var result = await users.CreateAsync(user, Password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Could not create the demo account {email}: "
                + string.Join("; ", result.Errors.Select(e => e.Description)));
        }

        return user;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 3401, Level = LogLevel.Warning,
            Message = "Development demo accounts: user {UserEmail}, security admin {AdminEmail}, password {Password}")]
        public static partial void DemoAccounts(ILogger logger, string userEmail, string adminEmail, string password);
    }
}
