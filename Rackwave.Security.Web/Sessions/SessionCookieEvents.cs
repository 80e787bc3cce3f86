using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Rackwave.Security.Persistence;
using Rackwave.Security.Sessions;
using Rackwave.Security.Web.Hosting;

namespace Rackwave.Security.Web.Sessions;

/// <summary>
/// Ties Identity's sign-in cookie to a session row: every sign-in starts a session and puts its
/// token in the cookie; every request is checked against the row (and counts as activity);
/// signing out ends the row. A cookie whose session has ended is refused and deleted.
/// </summary>
internal sealed partial class SessionCookieEvents(
    SessionStarter starter,
    SessionValidator validator,
    SessionTerminator terminator,
    SessionActivityTracker activity,
    ClientContextFactory clients,
    IOptions<SessionPolicy> options,
    IOptions<IdentityOptions> identityOptions,
    ILogger<SessionCookieEvents> logger) : CookieAuthenticationEvents
{
    /// <summary>How long after its session's absolute end a cookie is still read, to explain the end.</summary>
    public static readonly TimeSpan ExplanationGrace = TimeSpan.FromDays(1);

    public override async Task SigningIn(CookieSigningInContext context)
    {
        var http = context.HttpContext;
        var identity = context.Principal?.Identity as ClaimsIdentity;
        var userId = SessionClaims.UserIdOf(context.Principal);
        if (identity is null || userId is null)
        {
            throw new InvalidOperationException("A sign-in must name its user.");
        }

        if (await RunningSessionRefreshedAsync(context, identity, userId))
        {
            return;
        }

        // Signing in again over a running session replaces it: the old one ends as signed out,
        // so that one browser never holds two live sessions and the old token is dead at once.
        if (SessionClaims.SessionIdOf(http.User) is { } previous && SessionClaims.UserIdOf(http.User) is { } owner)
        {
            await terminator.SignOutAsync(previous, owner, http.RequestAborted);
        }

        var stampClaim = identityOptions.Value.ClaimsIdentity.SecurityStampClaimType;
        var checkedStamp = await TwoFactorStep.CheckedStampAsync(http, context.Principal!, userId)
            ?? context.Principal!.FindFirstValue(stampClaim);

        // Said by the page that made a change, for the history; not kept in the cookie.
        context.Properties.Items.Remove(SessionClaims.SignInNoteKey, out var note);
        note ??= http.Items.TryGetValue(SessionClaims.SignInNoteKey, out var item) ? item as string : null;
        var started = await starter.StartAsync(
            userId, clients.From(http), checkedStamp, http.RequestAborted, note);
        SessionClaims.Add(identity, started.Session.Id, started.Token);
        context.Properties.Items[SessionClaims.PropertiesKey] = started.Session.Id.ToString();

        // Idleness and the absolute lifetime are the server's to judge, from the session row; the
        // cookie outlasts the session by a day so that a browser coming back after it ended is told
        // why rather than just shown the sign-in page. The row refuses it all the same.
        context.Properties.ExpiresUtc = new DateTimeOffset(
            started.Session.StartedAt + options.Value.AbsoluteLifetime + ExplanationGrace, TimeSpan.Zero);
    }

    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var http = context.HttpContext;
        var check = await validator.ValidateAsync(SessionClaims.TokenOf(context.Principal), http.RequestAborted);
        if (check.Status == SessionCheckStatus.Active && Matches(context.Principal, check.Session!))
        {
            var session = check.Session!;
            if (!IsCircuitTraffic(http.Request.Path))
            {
                await activity.RecordAsync(session.Id, session.UserId, clients.ClientAddressOf(http));
            }

            // Identity's own check (security stamp) still runs for sessions we accept.
            await SecurityStampValidator.ValidatePrincipalAsync(context);
            return;
        }

        var refusal = new SessionRefusal(
            check.Status == SessionCheckStatus.Active ? SessionCheckStatus.Unknown : check.Status,
            check.EndReason ?? await ReasonOfVanishedSessionAsync(check.Status, context.Principal, http));
        refusal.AttachTo(http);
        context.RejectPrincipal();
        Log.Refused(logger, refusal.Status, refusal.Reason, http.Request.Path);

        // A session that has ended or never was: delete the cookie. A store that cannot answer
        // says nothing about the cookie, so it is kept for when the store is back.
        if (refusal.Status != SessionCheckStatus.Unavailable)
        {
            await http.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }

    public override async Task SigningOut(CookieSigningOutContext context)
    {
        // The user of this request, as authenticated before the sign-out; nobody for a refused cookie.
        var principal = context.HttpContext.User;
        if (SessionClaims.SessionIdOf(principal) is { } sessionId && SessionClaims.UserIdOf(principal) is { } userId)
        {
            await terminator.SignOutAsync(sessionId, userId, context.HttpContext.RequestAborted);
        }
    }

    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context)
    {
        if (SessionRefusal.Of(context.HttpContext) is { Status: not SessionCheckStatus.Unavailable } refusal)
        {
            context.RedirectUri = QueryHelpers.AddQueryString(context.RedirectUri, "ended", refusal.NoticeCode);
        }

        return base.RedirectToLogin(context);
    }

    public override Task RedirectToReturnUrl(RedirectContext<CookieAuthenticationOptions> context)
    {
        // Signing in on the sign-in page sends the browser to its ReturnUrl as typed; letters a
        // header cannot carry would fail the whole sign-in after the session had been started.
        context.RedirectUri = LocalUrl.ForHeader(context.RedirectUri);
        return base.RedirectToReturnUrl(context);
    }

    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context)
    {
        // A signed-in person without the role gets 403 where they are, and the status page says
        // why (status code pages re-execute /status/403); a redirect would answer 200.
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }

    /// <summary>
    /// Identity's RefreshSignInAsync re-issues the cookie of a signed-in user (after a profile
    /// change) with the old cookie's properties. That is not a new sign-in: keep the session, as
    /// long as it is this user's and still running. Anything else starts a new session.
    /// </summary>
    private async Task<bool> RunningSessionRefreshedAsync(
        CookieSigningInContext context, ClaimsIdentity identity, string userId)
    {
        var current = context.HttpContext.User;
        if (!context.Properties.Items.TryGetValue(SessionClaims.PropertiesKey, out var marked)
            || SessionClaims.SessionIdOf(current)?.ToString() != marked
            || SessionClaims.UserIdOf(current) != userId
            || SessionClaims.TokenOf(current) is not { } token)
        {
            return false;
        }

        var check = await validator.ValidateAsync(token, context.HttpContext.RequestAborted);
        if (!check.IsActive || check.Session!.UserId != userId)
        {
            return false;
        }

        SessionClaims.Add(identity, check.Session.Id, token);
        return true;
    }

    /// <summary>
    /// A session row goes when its account is deleted, so an authentic cookie (Data Protection
    /// vouches for its user id) whose session is unknown and whose user is gone was signed out by
    /// that deletion, and the sign-in page can say so.
    /// </summary>
    private static async Task<SessionEndReason?> ReasonOfVanishedSessionAsync(
        SessionCheckStatus status, ClaimsPrincipal? principal, HttpContext http)
    {
        if (status != SessionCheckStatus.Unknown || SessionClaims.UserIdOf(principal) is not { } userId)
        {
            return null;
        }

        var users = http.RequestServices.GetRequiredService<UserManager<ApplicationUser>>();
        return await users.FindByIdAsync(userId) is null ? SessionEndReason.AccountDeleted : null;
    }

    private static bool Matches(ClaimsPrincipal? principal, SessionSnapshot session) =>
        SessionClaims.SessionIdOf(principal) == session.Id && SessionClaims.UserIdOf(principal) == session.UserId;

    /// <summary>
    /// The Blazor circuit's own traffic (negotiate, the WebSocket, reconnects) is checked like any
    /// request but is not something the person did, so it does not count as activity.
    /// </summary>
    private static bool IsCircuitTraffic(PathString path) => path.StartsWithSegments("/_blazor");

    private static partial class Log
    {
        [LoggerMessage(EventId = 2101, Level = LogLevel.Information,
            Message = "Refused a session cookie ({Status}, {Reason}) on {Path}")]
        public static partial void Refused(
            ILogger logger, SessionCheckStatus status, SessionEndReason? reason, PathString path);
    }
}
