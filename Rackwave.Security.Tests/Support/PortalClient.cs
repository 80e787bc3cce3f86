using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace Rackwave.Security.Tests.Support;

/// <summary>
/// One browser's worth of HTTP: its own cookie jar, no automatic redirects, and the form
/// handling of the static account pages (antiforgery token and form name included).
/// </summary>
public sealed partial class PortalClient : IDisposable
{
    private static readonly Uri InMemoryAddress = new("http://localhost/");

    private readonly Uri _address;

    private PortalClient(HttpClient http, CookieContainer cookies, string userAgent)
    {
        Http = http;
        _address = http.BaseAddress!;
        Cookies = cookies;
        Http.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
    }

    public HttpClient Http { get; }

    public CookieContainer Cookies { get; }

    /// <summary>The Cookie header this client would send now.</summary>
    public string CookieHeader => Cookies.GetCookieHeader(_address);

    /// <param name="factory">The portal, in memory or (with <paramref name="server"/>) on a real port.</param>
    /// <param name="userAgent">The browser this client says it is.</param>
    /// <param name="server">Where the portal listens when it runs on Kestrel.</param>
    public static PortalClient Create(
        PortalFactory factory, string userAgent = SessionTestHost.ChromeOnWindows, Uri? server = null)
    {
        var cookies = new CookieContainer();
        var http = server is null
            ? factory.CreateDefaultClient(InMemoryAddress, new CookieContainerHandler(cookies))
            : new HttpClient(new CookieContainerHandler(cookies)
            {
                InnerHandler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false },
            })
            { BaseAddress = server };
        return new PortalClient(http, cookies, userAgent);
    }

    /// <summary>A client that starts with exactly this Cookie header (a copy kept from another client).</summary>
    public static PortalClient WithCookieHeader(PortalFactory factory, string cookieHeader)
    {
        var client = Create(factory);
        foreach (var pair in cookieHeader.Split("; ", StringSplitOptions.RemoveEmptyEntries))
        {
            var at = pair.IndexOf('=', StringComparison.Ordinal);
            client.Cookies.Add(client._address, new Cookie(pair[..at], pair[(at + 1)..]));
        }

        return client;
    }

    /// <summary>
    /// Signs in through the real sign-in page (opened with <paramref name="returnUrl"/> as its
    /// ReturnUrl when given); returns the response to the form post.
    /// </summary>
    public Task<HttpResponseMessage> SignInAsync(
        string email, string password = PortalFactory.Password, string? returnUrl = null)
    {
        var page = returnUrl is null ? "/Account/Login" : "/Account/Login?ReturnUrl=" + Uri.EscapeDataString(returnUrl);
        return PostFormAsync(page, page, "login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
    }

    public Task<HttpResponseMessage> PostFormAsync(string path, string formName, IDictionary<string, string> fields) =>
        PostFormAsync(path, path, formName, fields);

    /// <summary>Posts a form that <paramref name="pagePath"/> shows to <paramref name="postPath"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(
        string pagePath, string postPath, string formName, IDictionary<string, string> fields)
    {
        var page = await Http.GetAsync(pagePath);
        var html = await page.Content.ReadAsStringAsync();
        var token = AntiforgeryField().Match(html);
        if (!token.Success)
        {
            throw new InvalidOperationException($"No antiforgery token on {pagePath} ({(int)page.StatusCode}).");
        }

        var form = new Dictionary<string, string>(fields)
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
            ["_handler"] = formName,
        };
        return await Http.PostAsync(postPath, new FormUrlEncodedContent(form));
    }

    public Task<HttpResponseMessage> GetAsync(string path) => Http.GetAsync(path);

    /// <summary>Signs out with the form every signed-in page carries.</summary>
    public Task<HttpResponseMessage> SignOutAsync() =>
        PostFormAsync("/account/security/sessions", "/Account/Logout", "signout", new Dictionary<string, string>());

    public void Dispose() => Http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}

internal static class RedirectExtensions
{
    /// <summary>Where a redirect points, as a site path with its query ("/Account/Login?ended=…").</summary>
    public static string RedirectTarget(this HttpResponseMessage response)
    {
        var location = response.Headers.Location ?? throw new InvalidOperationException("Not a redirect.");
        return location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }
}
