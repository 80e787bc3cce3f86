using System.Net;

namespace Rackwave.Security.Audit;

/// <summary>
/// Where an audited action came from: the session it was done in (if any), the client's address,
/// device and approximate location. Lets a person answer "who changed my password, and from
/// where?" for changes that are not themselves a session starting or ending.
/// </summary>
public sealed record AuditOrigin(Guid? SessionId, IPAddress? Address, string? Device, string? Location);

/// <summary>The origin of the action being done now, where the host can tell it.</summary>
public interface IAuditOriginSource
{
    /// <summary>The current request's origin, or null outside a request.</summary>
    AuditOrigin? Current();
}

/// <summary>For hosts without requests (tools, tests of the domain alone): no origin.</summary>
internal sealed class NoAuditOrigin : IAuditOriginSource
{
    public AuditOrigin? Current() => null;
}
