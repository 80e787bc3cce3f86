using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Net.Sockets;

namespace Rackwave.Security.Network;

/// <summary>
/// One address or a CIDR network ("203.0.113.7", "203.0.113.0/24", "2001:db8::/32") as the
/// inclusive range of <see cref="IPAddressKey"/> values it covers.
/// </summary>
public sealed record NetworkRange(string FirstKey, string LastKey)
{
    /// <summary>
    /// Reads an address or a network. Bits set past the prefix are ignored ("203.0.113.7/24"
    /// means 203.0.113.0/24), as people often paste an address with its mask.
    /// </summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out NetworkRange? range)
    {
        range = null;
        var trimmed = text.AsSpan().Trim();
        var slash = trimmed.IndexOf('/');
        var addressPart = slash < 0 ? trimmed : trimmed[..slash];
        if (!StrictIPAddress.TryParse(addressPart, out var address))
        {
            return false;
        }

        var v4 = address.AddressFamily == AddressFamily.InterNetwork;
        var maxPrefix = v4 ? 32 : 128;
        var prefix = maxPrefix;
        if (slash >= 0 && !TryParsePrefix(trimmed[(slash + 1)..], maxPrefix, out prefix))
        {
            return false;
        }

        var bytes = (v4 ? address.MapToIPv6() : address).GetAddressBytes();
        var first = (byte[])bytes.Clone();
        var last = (byte[])bytes.Clone();
        var keep = prefix + (v4 ? 96 : 0);
        for (var bit = keep; bit < 128; bit++)
        {
            var mask = (byte)(0x80 >> (bit % 8));
            first[bit / 8] &= (byte)~mask;
            last[bit / 8] |= mask;
        }

        range = new NetworkRange(Convert.ToHexStringLower(first), Convert.ToHexStringLower(last));
        return true;
    }

    private static bool TryParsePrefix(ReadOnlySpan<char> text, int max, out int prefix)
    {
        prefix = 0;
        if (text.Length is 0 or > 3)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            prefix = (prefix * 10) + (c - '0');
        }

        return prefix <= max;
    }
}
