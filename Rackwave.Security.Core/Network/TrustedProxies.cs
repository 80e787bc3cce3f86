using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Rackwave.Security.Network;

/// <summary>The reverse proxies whose X-Forwarded-For is believed.</summary>
internal sealed class TrustedProxies
{
    private readonly IPNetwork[] _networks;

    private TrustedProxies(IPNetwork[] networks) => _networks = networks;

    /// <summary>Parses the configured entries; throws on the first one that is not valid.</summary>
    public static TrustedProxies Parse(IEnumerable<string> entries)
    {
        var networks = new List<IPNetwork>();
        foreach (var entry in entries)
        {
            if (!TryParseEntry(entry, out var network, out var error))
            {
                throw new InvalidOperationException(error);
            }

            networks.Add(network);
        }

        return new TrustedProxies([.. networks]);
    }

    /// <summary>Whether a normalised address is one of the trusted proxies.</summary>
    public bool Contains(IPAddress address)
    {
        foreach (var network in _networks)
        {
            if (network.Contains(address))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Parses "10.0.0.5" (one address) or "10.0.0.0/8" (a network). An IPv4-mapped form such as
    /// "::ffff:10.0.0.0/104" is turned into its IPv4 network, since addresses are compared as IPv4.
    /// </summary>
    public static bool TryParseEntry(
        string? entry,
        out IPNetwork network,
        [NotNullWhen(false)] out string? error)
    {
        network = default;
        var text = (entry ?? string.Empty).AsSpan().Trim();
        var slash = text.IndexOf('/');
        var addressText = slash < 0 ? text : text[..slash];

        if (!StrictIPAddress.TryParse(addressText, out var address))
        {
            error = $"Network:TrustedProxies entry '{entry}' is not an IP address or a CIDR "
                + "network (for example 10.0.0.5, 10.0.0.0/8 or 2001:db8::/32).";
            return false;
        }

        var width = address.GetAddressBytes().Length * 8;

        // Written IPv4-mapped, normalised to IPv4: the prefix loses the ::ffff:0:0/96 part.
        var isMapped = address.AddressFamily == AddressFamily.InterNetwork && addressText.Contains(':');
        var mappedBits = isMapped ? 96 : 0;

        var prefix = width;
        if (slash >= 0 && !TryParsePrefix(text[(slash + 1)..], mappedBits, width, out prefix))
        {
            error = $"Network:TrustedProxies entry '{entry}' has a prefix length that is not a "
                + $"number from {mappedBits} to {width + mappedBits}.";
            return false;
        }

        var canonical = string.Create(CultureInfo.InvariantCulture, $"{address}/{prefix}");

        // IPNetwork.TryParse clears bits set after the prefix, so it would trust the whole
        // network; someone who wrote 10.1.2.3/8 may have meant one host, so ask, never widen.
        if (!IPNetwork.TryParse(canonical, out network) || !network.BaseAddress.Equals(address))
        {
            error = $"Network:TrustedProxies entry '{entry}' has bits set after its prefix; write "
                + "the network's first address (for example 10.0.0.0/8, not 10.1.2.3/8).";
            return false;
        }

        error = null;
        return true;
    }

    private static bool TryParsePrefix(
        ReadOnlySpan<char> text,
        int mappedBits,
        int width,
        out int prefix)
    {
        prefix = 0;
        if (text.IsEmpty || text.Length > 3 || text.ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        var written = int.Parse(text, CultureInfo.InvariantCulture);
        prefix = written - mappedBits;
        return prefix >= 0 && prefix <= width;
    }
}
