namespace Rackwave.Security.Network;

/// <summary>How the app learns where a request came from. Bound from section "Network".</summary>
public sealed class NetworkOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Network";

    /// <summary>
    /// Addresses ("10.0.0.5", "2001:db8::5") or CIDR networks ("10.0.0.0/8") of the reverse
    /// proxies in front of the app. Only a request whose connection comes from one of them has its
    /// X-Forwarded-For header read. Default: empty, so the header is ignored and the connection
    /// address is the client's. Security effect: any host in a listed network can claim to be
    /// any client, so list only the proxies themselves. An entry that is neither an address nor a
    /// network stops the app at start.
    /// </summary>
    public IList<string> TrustedProxies { get; } = [];
}
