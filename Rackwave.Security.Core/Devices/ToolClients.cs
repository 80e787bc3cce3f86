using Rackwave.Security.Devices.UserAgents;

namespace Rackwave.Security.Devices;

/// <summary>
/// Clients that are not browsers: command-line tools, API testing apps and HTTP libraries in
/// scripts. A session from one of these is shown as what it is, so that a person who never
/// ran curl can tell that the session is not theirs.
/// </summary>
internal static class ToolClients
{
    public const string CommandLine = "Command-line client";
    public const string ApiClient = "API client";
    public const string Library = "Script or library";

    // uap-core family → (shown name, kind).
    private static readonly Dictionary<string, (string Name, string Kind)> ByFamily =
        new(StringComparer.Ordinal)
    {
        ["curl"] = ("curl", CommandLine),
        ["Wget"] = ("Wget", CommandLine),
        ["HTTPie"] = ("HTTPie", CommandLine),
        ["PostmanRuntime"] = ("Postman", ApiClient),
        ["Python Requests"] = ("python-requests", Library),
        ["Python-urllib"] = ("Python urllib", Library),
        ["Go-http-client"] = ("Go-http-client", Library),
        ["okhttp"] = ("okhttp", Library),
        ["axios"] = ("axios", Library),
        ["Java"] = ("Java", Library),
        ["Apache-HttpClient"] = ("Apache HttpClient", Library),
        ["libwww-perl"] = ("libwww-perl", Library),
        ["Guzzle"] = ("Guzzle", Library),
        ["aiohttp"] = ("aiohttp", Library),
    };

    // Product tokens uap-core 0.18.0 does not name: the User-Agent starts with "token/".
    private static readonly (string Token, string Name, string Kind)[] ByToken =
    [
        ("insomnia/", "Insomnia", ApiClient),
        ("node-fetch/", "node-fetch", Library),
        ("undici", "undici", Library),
        ("WindowsPowerShell/", "PowerShell", CommandLine),
        ("PowerShell/", "PowerShell", CommandLine),
        ("Dart/", "Dart", Library),
        ("python-httpx/", "httpx", Library),
    ];

    /// <summary>
    /// The tool's shown name, kind and version when the request came from a known tool.
    /// </summary>
    public static (string Name, string Kind, string? Version)? Find(
        string userAgent, UserAgentBrowser browser)
    {
        if (ByFamily.TryGetValue(browser.Family, out var known))
        {
            return (known.Name, known.Kind, VersionText.Format(browser.Major, browser.Minor));
        }

        foreach (var (token, name, kind) in ByToken)
        {
            if (userAgent.StartsWith(token, StringComparison.OrdinalIgnoreCase))
            {
                return (name, kind, VersionAfter(userAgent, token));
            }
        }

        return null;
    }

    private static string? VersionAfter(string userAgent, string token)
    {
        var rest = userAgent.AsSpan(token.Length);
        var end = rest.IndexOfAnyExcept("0123456789.");
        var version = (end < 0 ? rest : rest[..end]).ToString();
        return VersionText.FromDotted(HintFacts.VersionOrNull(version));
    }
}
