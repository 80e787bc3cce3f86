using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.WebUtilities;

namespace Rackwave.Security.Web.Components.Account;

/// <summary>
/// Absolute links to account pages for e-mails (password reset, address confirmation). They start
/// with <c>Accounts:PublicUrl</c> when it is set, so that no request, whatever Host it names, can
/// have a reset link point elsewhere; otherwise with the address the request came to.
/// </summary>
internal sealed class AccountLinks(NavigationManager navigation, IConfiguration configuration)
{
    public const string PublicUrlKey = "Accounts:PublicUrl";

    public string To(string path, IReadOnlyDictionary<string, string?> query)
    {
        var origin = PublicUrlOf(configuration) ?? new Uri(navigation.BaseUri);
        return QueryHelpers.AddQueryString(new Uri(origin, path).AbsoluteUri, query);
    }

    /// <summary>The configured public address, ending in a slash; null when unset.</summary>
    /// <exception cref="InvalidOperationException">The setting is not an absolute http(s) address.</exception>
    public static Uri? PublicUrlOf(IConfiguration configuration)
    {
        var text = configuration[PublicUrlKey];
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var url)
            || url.Scheme is not ("https" or "http")
            || !string.IsNullOrEmpty(url.Query) || !string.IsNullOrEmpty(url.Fragment))
        {
            throw new InvalidOperationException(
                $"{PublicUrlKey} must be the portal's address, like https://portal.example.com/ (was \"{text}\").");
        }

        return url.AbsolutePath.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/");
    }
}
