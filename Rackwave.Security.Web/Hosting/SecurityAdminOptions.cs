namespace Rackwave.Security.Web.Hosting;

/// <summary>
/// Who is a security admin, bound from the <c>Security</c> section. In the environment:
/// <c>Security__AdminEmails__0=alice@example.com</c>. Applied at start to existing accounts and
/// later to accounts that register (or confirm their address) with a listed e-mail.
/// </summary>
public sealed class SecurityAdminOptions
{
    public const string SectionName = "Security";

    /// <summary>
    /// E-mail addresses that hold the SecurityAdmin role. Where e-mail confirmation is required, an
    /// address gets the role only once it is confirmed, so nobody can claim it by registering it.
    /// Removing an address here does not take the role away (do that deliberately).
    /// </summary>
    public List<string> AdminEmails { get; set; } = [];
}
