namespace Rackwave.Security.Tests.Devices;

/// <summary>User-Agent strings as current clients send them, written out for these tests.</summary>
internal static class UserAgents
{
    public const string ChromeWindows = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
        + "(KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36";

    public const string EdgeWindows = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
        + "(KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36 Edg/125.0.0.0";

    public const string FirefoxWindows =
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:126.0) Gecko/20100101 Firefox/126.0";

    public const string FirefoxWindows7 =
        "Mozilla/5.0 (Windows NT 6.1; Win64; x64; rv:115.0) Gecko/20100101 Firefox/115.0";

    public const string SafariMac = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 "
        + "(KHTML, like Gecko) Version/17.4.1 Safari/605.1.15";

    public const string ChromeMac = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 "
        + "(KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36";

    public const string SafariIphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) "
        + "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Mobile/15E148 Safari/604.1";

    public const string SafariIpad = "Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 "
        + "(KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1";

    public const string ChromeAndroidReduced = "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 "
        + "(KHTML, like Gecko) Chrome/125.0.0.0 Mobile Safari/537.36";

    public const string ChromeAndroidTabletReduced = "Mozilla/5.0 (Linux; Android 10; K) "
        + "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36";

    public const string ChromePixel = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 "
        + "(KHTML, like Gecko) Chrome/125.0.6422.113 Mobile Safari/537.36";

    public const string SamsungInternet = "Mozilla/5.0 (Linux; Android 14; SM-S921B) AppleWebKit/537.36 "
        + "(KHTML, like Gecko) SamsungBrowser/24.0 Chrome/117.0.0.0 Mobile Safari/537.36";

    public const string Chromebook = "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 "
        + "(KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36";

    public const string FirefoxLinux = "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0";

    public const string FirefoxUbuntu =
        "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0";

    public const string Curl = "curl/8.5.0";

    public const string Wget = "Wget/1.21.4";

    public const string Postman = "PostmanRuntime/7.39.0";

    public const string PythonRequests = "python-requests/2.31.0";

    public const string GoHttpClient = "Go-http-client/2.0";

    public const string OkHttp = "okhttp/4.12.0";

    public const string Googlebot = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";
}
