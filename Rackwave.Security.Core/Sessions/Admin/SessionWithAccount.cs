namespace Rackwave.Security.Sessions.Admin;

/// <summary>A session row joined to its account, as the console's queries sort and read it.</summary>
internal sealed class SessionWithAccount
{
    public required UserSession Session { get; init; }

    public string? Email { get; init; }

    /// <summary>Identity's upper-cased e-mail: what the console sorts and searches by.</summary>
    public string? NormalizedEmail { get; init; }
}
