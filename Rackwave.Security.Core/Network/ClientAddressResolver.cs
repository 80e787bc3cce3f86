using System.Net;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace Rackwave.Security.Network;

/// <inheritdoc cref="IClientAddressResolver"/>
internal sealed class ClientAddressResolver : IClientAddressResolver
{
    private readonly TrustedProxies _trustedProxies;

    public ClientAddressResolver(IOptions<NetworkOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _trustedProxies = TrustedProxies.Parse(options.Value.TrustedProxies);
    }

    /// <inheritdoc/>
    public bool IsTrustedProxy(IPAddress? connectionAddress) =>
        connectionAddress is not null && _trustedProxies.Contains(connectionAddress.Normalize());

    /// <inheritdoc/>
    public IPAddress? Resolve(IPAddress? connectionAddress, StringValues forwardedFor)
    {
        if (connectionAddress is null)
        {
            return null;
        }

        var hop = connectionAddress.Normalize();
        var reader = new ForwardedForReader(forwardedFor);
        while (_trustedProxies.Contains(hop))
        {
            switch (reader.TryReadPrevious(out var entry))
            {
                case ForwardedForStep.Entry when ForwardedForEntry.TryParse(entry, out var address):
                    hop = address;
                    break;
                case ForwardedForStep.End:
                    // Every hop is a trusted proxy (or none was forwarded): the left-most one is
                    // the farthest the request can be traced.
                    return hop;
                default:
                    return null;
            }
        }

        return hop;
    }
}
