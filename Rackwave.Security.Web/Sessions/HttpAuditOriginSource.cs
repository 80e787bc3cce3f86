using Rackwave.Security.Audit;
using Rackwave.Security.Devices;
using Rackwave.Security.Locations;

namespace Rackwave.Security.Web.Sessions;

/// <summary>
/// The origin of an audited change made through an HTTP request: the session the request carries
/// and the client's address, device and location, read the way a sign-in reads them. Account
/// pages that change credentials are static server-rendered, so they have a request.
/// </summary>
internal sealed class HttpAuditOriginSource(
    IHttpContextAccessor accessor,
    ClientContextFactory clients,
    IDeviceDetector devices,
    IGeoLocator locator) : IAuditOriginSource
{
    public AuditOrigin? Current() => accessor.HttpContext is { } http ? From(http) : null;

    public AuditOrigin From(HttpContext http)
    {
        var client = clients.From(http);
        var device = devices.Detect(client.UserAgent, client.Hints);
        return new AuditOrigin(
            SessionClaims.SessionIdOf(http.User),
            client.Address,
            device.Summary,
            client.Address is null ? null : locator.Locate(client.Address).Label);
    }
}
