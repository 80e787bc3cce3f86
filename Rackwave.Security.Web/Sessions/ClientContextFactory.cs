using System.Net;
using Microsoft.Extensions.Primitives;
using Rackwave.Security.Devices;
using Rackwave.Security.Network;
using Rackwave.Security.Sessions;

namespace Rackwave.Security.Web.Sessions;

/// <summary>
/// Reads the client's address, User-Agent and client hints off a request. Only HTTP requests
/// have them: sign-in pages are static server-rendered for this reason.
/// </summary>
internal sealed class ClientContextFactory(IClientAddressResolver addresses)
{
    /// <summary>Longest header value read; longer ones are cut, never rejected.</summary>
    private const int MaxHeaderLength = 2048;

    private const int MaxHintLength = 512;

    public ClientContext From(HttpContext http)
    {
        var headers = http.Request.Headers;
        var hints = new ClientHints(
            Platform: Read(headers, "Sec-CH-UA-Platform", MaxHintLength),
            PlatformVersion: Read(headers, "Sec-CH-UA-Platform-Version", MaxHintLength),
            Model: Read(headers, "Sec-CH-UA-Model", MaxHintLength),
            Mobile: Read(headers, "Sec-CH-UA-Mobile", MaxHintLength),
            FullVersionList: Read(headers, "Sec-CH-UA-Full-Version-List", MaxHintLength));
        return new ClientContext(ClientAddressOf(http), Read(headers, "User-Agent", MaxHeaderLength), hints);
    }

    /// <summary>
    /// The client's address: the connection's, or what trusted proxies forwarded (see
    /// <see cref="IClientAddressResolver"/>); null when it cannot be known. Forwarding headers
    /// from anyone else are ignored.
    /// </summary>
    public IPAddress? ClientAddressOf(HttpContext http) =>
        addresses.Resolve(http.Connection.RemoteIpAddress, http.Request.Headers["X-Forwarded-For"]);

    private static string? Read(IHeaderDictionary headers, string name, int maxLength)
    {
        StringValues values = headers[name];
        if (StringValues.IsNullOrEmpty(values))
        {
            return null;
        }

        var value = values.Count == 1 ? values[0]! : string.Join(", ", values.ToArray());
        return value.Length <= maxLength ? value : value[..maxLength];
    }
}
