using Rackwave.Security.Network;

namespace Rackwave.Security.Web.Hosting;

/// <summary>
/// Behind a reverse proxy that ends TLS, the request reaches the app over plain HTTP. When the
/// connection comes from a trusted proxy (<c>Network:TrustedProxies</c>, the same list that decides
/// whose X-Forwarded-For is believed), its X-Forwarded-Proto sets the request's scheme, so that
/// cookies are marked Secure, HSTS is sent and links in e-mails start with https. From anyone else
/// the header is ignored: a client could write it.
/// </summary>
internal static class ForwardedScheme
{
    public static IApplicationBuilder UseForwardedScheme(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var resolver = context.RequestServices.GetRequiredService<IClientAddressResolver>();
            if (resolver.IsTrustedProxy(context.Connection.RemoteIpAddress)
                && NearestProxyScheme(context.Request.Headers["X-Forwarded-Proto"]) is { } scheme)
            {
                context.Request.Scheme = scheme;
            }

            return next(context);
        });

    /// <summary>
    /// The right-most value: the one the nearest proxy, which terminated the client's connection,
    /// wrote or passed on. Anything but "http" or "https" is ignored.
    /// </summary>
    private static string? NearestProxyScheme(Microsoft.Extensions.Primitives.StringValues header)
    {
        if (header.Count == 0 || header[^1] is not { } line)
        {
            return null;
        }

        var last = line[(line.LastIndexOf(',') + 1)..].Trim();
        return last.Equals("https", StringComparison.OrdinalIgnoreCase) ? "https"
            : last.Equals("http", StringComparison.OrdinalIgnoreCase) ? "http"
            : null;
    }
}
