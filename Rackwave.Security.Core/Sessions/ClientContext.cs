using System.Net;
using Rackwave.Security.Devices;

namespace Rackwave.Security.Sessions;

/// <summary>
/// What a request tells about its client: the address after trusted-proxy rules (null when it
/// cannot be trusted), the raw User-Agent and any client hints.
/// </summary>
public sealed record ClientContext(IPAddress? Address, string? UserAgent, ClientHints Hints)
{
    public static ClientContext Unknown { get; } = new(null, null, ClientHints.None);
}
