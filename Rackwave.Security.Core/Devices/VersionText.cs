namespace Rackwave.Security.Devices;

/// <summary>
/// How versions are shown: the major version, plus the minor one when it is not zero
/// ("Chrome 125", "Safari 17.4", "Firefox 126", "curl 8.5", "iOS 17.4", "Android 14"). That
/// is how vendors name their releases, and it hides build numbers people do not recognise.
/// A full version from a client hint is shown as given ("Chrome 125.0.6422.142"): the browser
/// vouches for it, and the User-Agent string no longer carries it.
/// </summary>
internal static class VersionText
{
    public static string? Format(string? major, string? minor)
    {
        if (string.IsNullOrEmpty(major))
        {
            return null;
        }

        return string.IsNullOrEmpty(minor) || minor == "0" ? major : $"{major}.{minor}";
    }

    /// <summary>"14.4.1" gives "14.4"; "15.0.0" gives "15".</summary>
    public static string? FromDotted(string? version)
    {
        if (string.IsNullOrEmpty(version))
        {
            return null;
        }

        var parts = version.Split('.');
        return Format(parts[0], parts.Length > 1 ? parts[1] : null);
    }
}
