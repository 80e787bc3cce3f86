using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Rackwave.Security.Accounts;
using Rackwave.Security.Audit;
using Rackwave.Security.Devices;
using Rackwave.Security.Locations;
using Rackwave.Security.Network;
using Rackwave.Security.Persistence;
using Rackwave.Security.Sessions.Events;

namespace Rackwave.Security.Sessions;

/// <summary>
/// Starts a session for a successful sign-in: a fresh token, the device and place the request
/// came from, and an audit entry, stored together; then "started" is announced.
/// </summary>
public sealed partial class SessionStarter(
    IDbContextFactory<SecurityDbContext> dbFactory,
    IDeviceDetector devices,
    IGeoLocator locations,
    SessionTerminator terminator,
    ISessionEventBus bus,
    IOptions<SessionPolicy> options,
    TimeProvider time,
    ILogger<SessionStarter> logger)
{
    /// <summary>
    /// Starts a session for a user whose credentials were just checked. Pass the account's security
    /// stamp as it was when they were checked (<paramref name="checkedStamp"/>): if a password or
    /// two-factor change committed in between, the change has already ended every session it could
    /// see, so this one is ended at once too and its token is refused from its first use.
    /// <paramref name="note"/> says how it began when that was not a plain sign-in (<see cref="SignInNotes"/>):
    /// kept on the device that made a credential change, or with a recovery code.
    /// </summary>
    public async Task<StartedSession> StartAsync(
        string userId,
        ClientContext client,
        string? checkedStamp = null,
        CancellationToken ct = default,
        string? note = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        ArgumentNullException.ThrowIfNull(client);

        var now = time.GetUtcNow().UtcDateTime;
        var token = SessionToken.Create();
        var device = devices.Detect(client.UserAgent, client.Hints);
        var location = locations.Locate(client.Address);
        var ip = client.Address?.ToString();
        var session = new UserSession
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            UserId = userId,
            TokenHash = SessionToken.Hash(token),
            StartedAt = now,
            LastActiveAt = now,
            ExpiresAt = now + options.Value.AbsoluteLifetime,
            StartIp = ip,
            LastIp = ip,
            LastIpKey = IPAddressKey.Of(client.Address),
            UserAgent = Cap(client.UserAgent, UserSession.MaxUserAgentLength),
            DeviceType = device.Type,
            DeviceName = Cap(device.DeviceName, 128)!,
            OsFamily = Cap(device.OsFamily, 64),
            OsVersion = Cap(device.OsVersion, 32),
            ClientFamily = Cap(device.ClientFamily, 64),
            ClientVersion = Cap(device.ClientVersion, 32),
            LocationKind = location.Kind,
            City = Cap(location.City, 128),
            Country = Cap(location.Country, 128),
            CountryCode = Cap(location.CountryCode, 2),
        };

        AuditEntry entry;
        string? email;
        bool superseded;
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            email = await db.EmailOfAsync(userId, ct).ConfigureAwait(false);
            entry = SessionAuditEntries.Started(session, email, note);
            db.Sessions.Add(session);
            db.AuditEntries.Add(entry);
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            superseded = checkedStamp is not null
                && await db.Users.Where(u => u.Id == userId).Select(u => u.SecurityStamp).FirstOrDefaultAsync(ct)
                    .ConfigureAwait(false) != checkedStamp;
        }

        Log.SessionStarted(logger, session.Id, userId, session.Device.ClientLabel, session.DeviceName);
        var view = SessionView.From(session, email);
        try
        {
            await bus.PublishAsync(new SessionStarted(view), ct).ConfigureAwait(false);
            await bus.PublishAsync(new SecurityEventRecorded(AuditRecord.From(entry)), ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The session exists and works; only live views miss it until they reload.
            Log.PublishFailed(logger, session.Id, ex);
        }

        if (superseded)
        {
            // Read after the insert: any change that committed before this read either saw the row
            // (and ended it) or moved the stamp (and is caught here).
            await terminator.EndSupersededSignInAsync(session.Id, userId, ct).ConfigureAwait(false);
        }

        return new StartedSession(view, token);
    }

    private static string? Cap(string? value, int length) =>
        value is null || value.Length <= length ? value : value[..length];

    private static partial class Log
    {
        [LoggerMessage(EventId = 1401, Level = LogLevel.Information,
            Message = "Session {SessionId} started for user {UserId} on {Client} · {DeviceName}")]
        public static partial void SessionStarted(
            ILogger logger, Guid sessionId, string userId, string client, string deviceName);

        [LoggerMessage(EventId = 1402, Level = LogLevel.Warning,
            Message = "Session {SessionId} started but could not be announced to live views")]
        public static partial void PublishFailed(ILogger logger, Guid sessionId, Exception exception);
    }
}
