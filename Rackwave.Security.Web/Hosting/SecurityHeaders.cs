namespace Rackwave.Security.Web.Hosting;

internal static class SecurityHeaders
{
    /// <summary>
    /// Headers every response carries: no content sniffing, no framing by other sites (the
    /// Revoke buttons must not be clickjacked), and no full addresses leaked in Referer.
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers.ContentSecurityPolicy = "frame-ancestors 'none'";
            return next(context);
        });
}
