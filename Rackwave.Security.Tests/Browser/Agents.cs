namespace Rackwave.Security.Tests.Browser;

/// <summary>User-Agents of devices other than the test's own Chromium.</summary>
internal static class Agents
{
    public const string SafariOnIPhone =
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"
        + " AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";

    public const string SafariOnMac =
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)"
        + " AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15";
}
