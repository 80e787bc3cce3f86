using Microsoft.AspNetCore.Antiforgery;

namespace Rackwave.Security.Web.Hosting;

/// <summary>
/// A form post without a valid antiforgery token (from another site, or a page left open across
/// a restart) ends here with a bare 400, which the status pages turn into "This request could not
/// be handled" instead of the framework's developer-facing message. Nothing of the post runs.
/// </summary>
internal static class AntiforgeryFailurePage
{
    public static IApplicationBuilder UseAntiforgeryFailurePage(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false })
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;

                // The status page is shown on this same context; it must not see this verdict.
                context.Features.Set<IAntiforgeryValidationFeature>(null);
                return Task.CompletedTask;
            }

            return next(context);
        });
}
