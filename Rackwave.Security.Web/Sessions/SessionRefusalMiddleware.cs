using Microsoft.AspNetCore.WebUtilities;
using Rackwave.Security.Sessions;

namespace Rackwave.Security.Web.Sessions;

/// <summary>
/// Answers requests whose session cookie was refused. A page request whose session has ended
/// goes to the sign-in page with a plain explanation; when the session store cannot answer, the
/// request is refused with 503 rather than served as if all were well (fail closed).
/// </summary>
internal sealed class SessionRefusalMiddleware(RequestDelegate next)
{
    private const string LoginPath = "/Account/Login";

    public Task InvokeAsync(HttpContext http)
    {
        if (SessionRefusal.Of(http) is not { } refusal)
        {
            return next(http);
        }

        if (refusal.Status == SessionCheckStatus.Unavailable && !IsStaticAsset(http))
        {
            return WriteUnavailableAsync(http);
        }

        if (IsPageNavigation(http) && !http.Request.Path.StartsWithSegments(LoginPath))
        {
            var returnUrl = http.Request.PathBase + http.Request.Path + http.Request.QueryString;
            var target = QueryHelpers.AddQueryString(
                http.Request.PathBase + LoginPath,
                new Dictionary<string, string?> { ["ended"] = refusal.NoticeCode, ["ReturnUrl"] = returnUrl });
            http.Response.Redirect(target);
            return Task.CompletedTask;
        }

        // Anything else goes on as an anonymous request: protected endpoints challenge it.
        return next(http);
    }

    private static bool IsPageNavigation(HttpContext http)
    {
        var request = http.Request;
        if (!HttpMethods.IsGet(request.Method))
        {
            return false;
        }

        var mode = request.Headers["Sec-Fetch-Mode"].ToString();
        if (mode.Length > 0)
        {
            return mode == "navigate";
        }

        return request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Files (styles, scripts, images) need no session; pages and the circuit do.</summary>
    private static bool IsStaticAsset(HttpContext http) => Path.HasExtension(http.Request.Path.Value);

    private static async Task WriteUnavailableAsync(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        http.Response.Headers.RetryAfter = "30";
        http.Response.ContentType = "text/plain; charset=utf-8";
        await http.Response.WriteAsync(
            "Rackwave cannot check your session right now, so nothing was done. Please try again in a minute.");
    }
}
