using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Primitives;
using Rackwave.Security.Web.Components.Account.Pages;
using Rackwave.Security.Web.Components.Account.Pages.Manage;
using Rackwave.Security.Audit;
using Rackwave.Security.Persistence;
using Rackwave.Security.Sessions;

namespace Rackwave.Security.Web.Components.Account;

internal static class IdentityComponentsEndpointRouteBuilderExtensions
{
    private static readonly JsonSerializerOptions ExportJson = new()
    {
        WriteIndented = true,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    // Endpoints the Identity pages in Components/Account/Pages post to.
    public static IEndpointConventionBuilder MapAdditionalIdentityEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);

        var accountGroup = endpoints.MapGroup("/Account");

        // Signing out ends the session (see SessionCookieEvents.SigningOut), then shows the
        // sign-in page with a short confirmation.
        accountGroup.MapPost("/Logout", async ([FromServices] SignInManager<ApplicationUser> signInManager) =>
        {
            await signInManager.SignOutAsync();
            return TypedResults.LocalRedirect("~/Account/Login?ended=signed-out");
        })
        .AddEndpointFilter(ValidateAntiforgeryAsync); // nobody else's page may sign people out

        var manageGroup = accountGroup.MapGroup("/Manage").RequireAuthorization();

        // The account's personal data, its sessions and its security history as JSON. Secrets stay
        // out: no password hash, no security stamp, no authenticator key (a stolen cookie must not
        // yield the second factor), no session tokens.
        manageGroup.MapPost("/DownloadPersonalData", async (
            HttpContext context,
            [FromServices] UserManager<ApplicationUser> userManager,
            [FromServices] SessionQueries sessions,
            [FromServices] AuditQueries audit) =>
        {
            var user = await userManager.GetUserAsync(context.User);
            if (user is null)
            {
                return Results.NotFound();
            }

            var profile = typeof(ApplicationUser).GetProperties()
                .Where(prop => Attribute.IsDefined(prop, typeof(PersonalDataAttribute)))
                .ToDictionary(prop => prop.Name, prop => prop.GetValue(user)?.ToString());
            var history = new List<AuditRecord>();
            for (var page = 0; ; page++)
            {
                var (entries, total) = await audit.ListForUserAsync(user.Id, page, AuditQueries.MaxPageSize);
                history.AddRange(entries);
                if (entries.Count == 0 || history.Count >= total)
                {
                    break;
                }
            }

            var export = new
            {
                profile,
                activeSessions = await sessions.ListActiveAsync(user.Id),
                recentlyEndedSessions = await sessions.ListRecentlyEndedAsync(user.Id),
                securityActivity = history,
            };
            var fileBytes = JsonSerializer.SerializeToUtf8Bytes(export, ExportJson);
            return TypedResults.File(fileBytes, contentType: "application/json", fileDownloadName: "PersonalData.json");
        })
        .AddEndpointFilter(ValidateAntiforgeryAsync);

        return accountGroup;
    }

    /// <summary>
    /// Refuses a post without this site's antiforgery token before the endpoint runs. The
    /// antiforgery middleware only checks endpoints that bind a form, and these two bind none, so a
    /// page elsewhere could otherwise sign people out (or clear their cookies) or fetch a download.
    /// </summary>
    private static async ValueTask<object?> ValidateAntiforgeryAsync(
        EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return TypedResults.Problem(
                title: "This request did not come from a Rackwave page",
                detail: "Reload the page and try again.",
                statusCode: StatusCodes.Status400BadRequest);
        }

        return await next(invocation);
    }
}
