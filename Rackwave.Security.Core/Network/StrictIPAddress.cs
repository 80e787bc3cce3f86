using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Net.Sockets;

namespace Rackwave.Security.Network;

/// <summary>
/// Parses only the usual textual forms of an address. <see cref="IPAddress.TryParse(string?,
/// out IPAddress?)"/> also accepts legacy IPv4 forms ("10.1", "0x7f.1", "3232235777") that no
/// proxy writes, so a typo or a forged value would quietly become some other address.
/// </summary>
internal static class StrictIPAddress
{
    /// <summary>Parses dotted-quad IPv4 or IPv6 (zone id allowed), normalised.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, [NotNullWhen(true)] out IPAddress? address)
    {
        address = null;
        var parsed = text.Contains(':')
            ? TryParseIPv6(text, out address)
            : TryParseIPv4(text, out address);
        if (parsed)
        {
            address = address!.Normalize();
        }

        return parsed;
    }

    private static bool TryParseIPv4(ReadOnlySpan<char> text, out IPAddress? address)
    {
        address = null;
        Span<byte> octets = stackalloc byte[4];
        var index = 0;
        foreach (var range in text.Split('.'))
        {
            if (index == 4 || !TryParseOctet(text[range], out octets[index]))
            {
                return false;
            }

            index++;
        }

        if (index != 4)
        {
            return false;
        }

        address = new IPAddress(octets);
        return true;
    }

    private static bool TryParseOctet(ReadOnlySpan<char> text, out byte octet)
    {
        octet = 0;

        // A leading zero reads as octal in some parsers and as decimal in others: refuse it.
        if (text.Length is 0 or > 3 || (text.Length > 1 && text[0] == '0'))
        {
            return false;
        }

        var value = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        if (value > 255)
        {
            return false;
        }

        octet = (byte)value;
        return true;
    }

    private static bool TryParseIPv6(ReadOnlySpan<char> text, out IPAddress? address)
    {
        address = null;
        if (!IPAddress.TryParse(text, out var parsed)
            || parsed.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return false;
        }

        address = parsed;
        return true;
    }
}
