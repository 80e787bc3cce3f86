using Rackwave.Security.Devices;
using Rackwave.Security.Locations;

namespace Rackwave.Security.Sessions;

/// <summary>A session as the dashboards show it: no token hash, no raw header.</summary>
public sealed record SessionView(
    Guid Id,
    string UserId,
    string? UserEmail,
    DateTime StartedAt,
    DateTime LastActiveAt,
    string? StartIp,
    string? LastIp,
    DeviceInfo Device,
    GeoLocation Location,
    DateTime? EndedAt = null,
    SessionEndReason? EndReason = null)
{
    public bool IsActive => EndedAt is null;

    public static SessionView From(UserSession session, string? userEmail) => new(
        session.Id,
        session.UserId,
        userEmail,
        session.StartedAt,
        session.LastActiveAt,
        session.StartIp,
        session.LastIp,
        session.Device,
        session.Location,
        session.EndedAt,
        session.EndReason);
}
