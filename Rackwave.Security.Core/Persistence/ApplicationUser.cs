using Microsoft.AspNetCore.Identity;

namespace Rackwave.Security.Persistence;

/// <summary>An account of the portal. Identity owns it; sessions refer to it by id.</summary>
public sealed class ApplicationUser : IdentityUser
{
}
