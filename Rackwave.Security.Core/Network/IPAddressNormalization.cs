using System.Net;
using System.Net.Sockets;

namespace Rackwave.Security.Network;

/// <summary>Puts addresses in the one form in which they are shown, located and compared.</summary>
public static class IPAddressNormalization
{
    /// <summary>
    /// Returns the address as it should be stored and shown: an IPv4-mapped IPv6 address
    /// (<c>::ffff:203.0.113.7</c>) becomes plain IPv4, and an IPv6 zone id (<c>%eth0</c>) is
    /// dropped, since it names an interface of this machine, not a place.
    /// </summary>
    public static IPAddress Normalize(this IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6 && address.ScopeId != 0)
        {
            return new IPAddress(address.GetAddressBytes());
        }

        return address;
    }
}
