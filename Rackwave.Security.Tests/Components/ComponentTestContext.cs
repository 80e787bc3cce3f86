using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor.Services;
using Rackwave.Security.Audit;
using Rackwave.Security.Sessions;
using Rackwave.Security.Sessions.Admin;
using Rackwave.Security.Sessions.Events;
using Rackwave.Security.Tests.Support;
using Rackwave.Security.Web.Components.Shared;
using Rackwave.Security.Web.Sessions;

namespace Rackwave.Security.Tests.Components;

/// <summary>
/// A bUnit context wired to a real session domain (<see cref="SessionTestHost"/>): components
/// read and change real sessions and hear real events. Interactive, in the viewer's zone.
/// </summary>
internal static class ComponentTestContext
{
    public static BunitContext Create(SessionTestHost host, string timeZone = "Europe/London") =>
        Create(host, signedIn: null, timeZone);

    /// <summary>
    /// As <see cref="Create(SessionTestHost, string)"/>, signed in as a user on one of their sessions.
    /// </summary>
    public static BunitContext Create(
        SessionTestHost host,
        (string UserId, string Email, Guid SessionId)? signedIn,
        string timeZone = "Europe/London")
    {
        var ctx = new BunitContext();
        if (signedIn is var (userId, email, sessionId))
        {
            var auth = ctx.AddAuthorization();
            auth.SetAuthorized(email);
            auth.SetClaims(
                new Claim(ClaimTypes.NameIdentifier, userId),
                new Claim(SessionClaims.SessionId, sessionId.ToString()));
        }

        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddMudServices(options => options.PopoverOptions.CheckForPopoverProvider = false);
        ctx.Services.AddSingleton(host.Get<SessionQueries>());
        ctx.Services.AddSingleton(host.Get<SessionTerminator>());
        ctx.Services.AddSingleton(host.Get<SessionEventHub>());
        ctx.Services.AddSingleton(host.Get<AuditQueries>());
        ctx.Services.AddSingleton(host.Get<AdminSessionQueries>());
        ctx.Services.AddSingleton(host.Get<IOptions<SessionPolicy>>());
        ctx.Services.AddSingleton<TimeProvider>(host.Time);
        ctx.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        ctx.RenderTree.Add<CascadingValue<ViewerContext>>(p => p
            .Add(c => c.Value, new ViewerContext(darkMode: false, timeZone))
            .Add(c => c.IsFixed, true));
        return ctx;
    }

}
