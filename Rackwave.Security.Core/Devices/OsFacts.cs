namespace Rackwave.Security.Devices;

/// <summary>The operating-system families, as uap-core 0.18.0 names them, that labels depend on.</summary>
internal static class OsFacts
{
    public const string Windows = "Windows";
    public const string MacOsX = "Mac OS X";
    public const string Ios = "iOS";
    public const string Android = "Android";
    public const string ChromeOs = "Chrome OS";

    /// <summary>Desktop Linux distributions and their kin, all shown as a "Linux PC".</summary>
    public static readonly IReadOnlySet<string> LinuxDesktops = new HashSet<string>(StringComparer.Ordinal)
    {
        "Linux", "Ubuntu", "Kubuntu", "Lubuntu", "Xubuntu", "Debian", "Fedora", "Red Hat", "CentOS",
        "Arch Linux", "Linux Mint", "Mint", "openSUSE", "SUSE", "Gentoo", "Slackware", "Mandriva",
        "PCLinuxOS", "Manjaro", "FreeBSD", "OpenBSD", "NetBSD",
    };

    /// <summary>The family a Sec-CH-UA-Platform value stands for, when the User-Agent named none.</summary>
    public static string? FromPlatformHint(string? platform) => platform switch
    {
        "Windows" => Windows,
        "macOS" => MacOsX,
        "Android" => Android,
        "Chrome OS" or "ChromeOS" => ChromeOs,
        "Linux" => "Linux",
        "iOS" => Ios,
        _ => null,
    };
}
