using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net;

namespace Rackwave.Security.Network;

/// <summary>Reads one element of an X-Forwarded-For list.</summary>
internal static class ForwardedForEntry
{
    /// <summary>
    /// Longer than any address with a zone id and a port ("[ipv6%zone]:65535"); anything longer
    /// is not an address and is not worth parsing.
    /// </summary>
    public const int MaxLength = 100;

    /// <summary>
    /// Parses "203.0.113.7", "203.0.113.7:1234", "2001:db8::1", "[2001:db8::1]" or
    /// "[2001:db8::1]:443" into a normalised address. "unknown", obfuscated identifiers and
    /// anything else are refused.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> entry, [NotNullWhen(true)] out IPAddress? address)
    {
        address = null;
        entry = entry.Trim(" \t");
        if (entry.IsEmpty || entry.Length > MaxLength)
        {
            return false;
        }

        if (entry[0] == '[')
        {
            var close = entry.IndexOf(']');
            return close > 0
                && IsPortSuffix(entry[(close + 1)..])
                && entry[1..close].Contains(':')
                && StrictIPAddress.TryParse(entry[1..close], out address);
        }

        var colon = entry.IndexOf(':');
        if (colon >= 0 && entry.LastIndexOf(':') == colon)
        {
            // One colon: IPv4 with a port. An IPv6 address has at least two.
            return IsPortSuffix(entry[colon..])
                && StrictIPAddress.TryParse(entry[..colon], out address);
        }

        return StrictIPAddress.TryParse(entry, out address);
    }

    private static bool IsPortSuffix(ReadOnlySpan<char> suffix)
    {
        if (suffix.IsEmpty)
        {
            return true;
        }

        var digits = suffix[1..];
        return suffix[0] == ':'
            && digits.Length is > 0 and <= 5
            && !digits.ContainsAnyExceptInRange('0', '9')
            && int.Parse(digits, CultureInfo.InvariantCulture) <= ushort.MaxValue;
    }
}
