using System.Net;
using Microsoft.Extensions.Primitives;

namespace Rackwave.Security.Network;

/// <summary>Works out which address a request really came from.</summary>
public interface IClientAddressResolver
{
    /// <summary>
    /// Returns the client's address, normalised (<see cref="IPAddressNormalization.Normalize"/>),
    /// or null when it cannot be known. Never throws.
    /// <para>
    /// When the connection does not come from a trusted proxy (<see cref="NetworkOptions"/>), the
    /// client is the connection and X-Forwarded-For is ignored, since the client wrote it. Behind
    /// trusted proxies, X-Forwarded-For is read from right to left, skipping proxies, and the
    /// first address that is not a trusted proxy is the client: entries to its left were written
    /// by the client and are not believed. A malformed or "unknown" entry met on that walk, or a
    /// header too large to read, gives null rather than the proxy's own address.
    /// </para>
    /// </summary>
    /// <param name="connectionAddress">The address of the connection (the last hop).</param>
    /// <param name="forwardedFor">Every X-Forwarded-For header line, in the order received.</param>
    IPAddress? Resolve(IPAddress? connectionAddress, StringValues forwardedFor);

    /// <summary>Whether a connection comes from one of the configured trusted proxies.</summary>
    bool IsTrustedProxy(IPAddress? connectionAddress);
}
