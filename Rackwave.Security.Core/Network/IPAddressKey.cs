using System.Net;
using System.Net.Sockets;

namespace Rackwave.Security.Network;

/// <summary>
/// An address as 32 lowercase hex digits of its 16 bytes in network order, IPv4 mapped into
/// IPv6 (<c>::ffff:a.b.c.d</c>). Stored beside the readable address so that a network is a
/// range of keys (an index can find it) and addresses sort by number, not as text.
/// </summary>
public static class IPAddressKey
{
    public const int Length = 32;

    /// <summary>The key of an address; null for none.</summary>
    public static string? Of(IPAddress? address)
    {
        if (address is null)
        {
            return null;
        }

        var v6 = address.AddressFamily == AddressFamily.InterNetwork ? address.MapToIPv6() : address;
        return Convert.ToHexStringLower(v6.GetAddressBytes());
    }

    /// <summary>The key of an address as stored in text; null when it is not an address.</summary>
    public static string? Of(string? address) =>
        address is not null && StrictIPAddress.TryParse(address, out var parsed) ? Of(parsed) : null;
}
