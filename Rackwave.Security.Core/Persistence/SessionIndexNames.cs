namespace Rackwave.Security.Persistence;

/// <summary>
/// Names of the partial indexes over running sessions that queries ask for by name (SQLite's
/// INDEXED BY); the configuration creates them under these names.
/// </summary>
internal static class SessionIndexNames
{
    public const string LastActive = "IX_Sessions_Active_LastActive";
    public const string Started = "IX_Sessions_Active_Started";
    public const string User = "IX_Sessions_Active_User";
    public const string IpKey = "IX_Sessions_Active_IpKey";
    public const string Location = "IX_Sessions_Active_Location";
    public const string Country = "IX_Sessions_Active_Country";
    public const string Client = "IX_Sessions_Active_Client";
    public const string DeviceType = "IX_Sessions_Active_DeviceType";

    /// <summary>Identity's index of normalised e-mails on AspNetUsers.</summary>
    public const string UserEmail = "EmailIndex";
}
