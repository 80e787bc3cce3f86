using Microsoft.AspNetCore.Diagnostics;

namespace Rackwave.Security.Web.Hosting;

/// <summary>
/// Failed requests without a body of their own show the /status/{code} page. It is shown as a GET
/// whatever the failed request was: a refused form post must not have its form read again by the
/// page that explains the refusal.
/// </summary>
internal static class StatusPages
{
    public static IApplicationBuilder UseStatusPages(this IApplicationBuilder app)
    {
        app.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true);
        return app.Use((context, next) =>
        {
            if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
            {
                context.Request.Method = HttpMethods.Get;
            }

            return next(context);
        });
    }
}
