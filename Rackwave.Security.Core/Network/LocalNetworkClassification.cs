using System.Net;

namespace Rackwave.Security.Network;

/// <summary>Tells addresses that only make sense inside a network from public ones.</summary>
public static class LocalNetworkClassification
{
    // Ranges whose addresses say nothing about where a person is. A GeoIP database may still
    // hold records for them, so they are answered here and never looked up.
    private static readonly IPNetwork[] LocalRanges =
    [
        IPNetwork.Parse("0.0.0.0/32"),      // unspecified
        IPNetwork.Parse("127.0.0.0/8"),     // loopback
        IPNetwork.Parse("10.0.0.0/8"),      // private
        IPNetwork.Parse("172.16.0.0/12"),   // private
        IPNetwork.Parse("192.168.0.0/16"),  // private
        IPNetwork.Parse("169.254.0.0/16"),  // link-local
        IPNetwork.Parse("100.64.0.0/10"),   // carrier-grade NAT (shared address space)
        IPNetwork.Parse("::/128"),          // unspecified
        IPNetwork.Parse("::1/128"),         // loopback
        IPNetwork.Parse("fe80::/10"),       // link-local
        IPNetwork.Parse("fc00::/7"),        // unique local
    ];

    /// <summary>
    /// True for loopback, private (10/8, 172.16/12, 192.168/16), link-local (169.254/16,
    /// fe80::/10), carrier-grade NAT (100.64/10), unique local (fc00::/7) and unspecified
    /// addresses, including their IPv4-mapped IPv6 forms. Such an address reads
    /// "Local network".
    /// </summary>
    public static bool IsLocalNetwork(this IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);

        var normalized = address.Normalize();
        foreach (var range in LocalRanges)
        {
            if (range.Contains(normalized))
            {
                return true;
            }
        }

        return false;
    }
}
