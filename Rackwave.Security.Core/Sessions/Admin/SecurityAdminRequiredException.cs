namespace Rackwave.Security.Sessions.Admin;

/// <summary>
/// Thrown when someone who does not hold the security admin role (now, in the store) asks for an
/// admin-only read. Nothing was read.
/// </summary>
public sealed class SecurityAdminRequiredException : UnauthorizedAccessException
{
    public SecurityAdminRequiredException()
        : base("This needs the security admin role.")
    {
    }

    public SecurityAdminRequiredException(string message)
        : base(message)
    {
    }

    public SecurityAdminRequiredException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
