namespace Rackwave.Security.Sessions.Admin;

/// <summary>The columns the admin console can sort the running sessions by.</summary>
public enum AdminSessionSort
{
    LastActive,

    /// <summary>When the session started: the sign-in time.</summary>
    SignedIn,

    AccountEmail,

    /// <summary>The latest address, by number (not as text).</summary>
    IpAddress,

    /// <summary>Country, then city.</summary>
    Location,

    /// <summary>Browser (client) family, then version.</summary>
    Browser,
}
