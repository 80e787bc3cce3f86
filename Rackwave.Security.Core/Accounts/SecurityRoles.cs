namespace Rackwave.Security.Accounts;

public static class SecurityRoles
{
    /// <summary>May see and end every session of every account.</summary>
    public const string SecurityAdmin = "SecurityAdmin";
}
