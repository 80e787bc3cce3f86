using System.Text;

namespace Rackwave.Security.Web.Hosting;

/// <summary>Return addresses: only paths on this site are followed, so no link can send people elsewhere.</summary>
public static class LocalUrl
{
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url)
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);

    /// <summary>The address if it is on this site, ready for a Location header; otherwise the home page.</summary>
    public static string OrHome(string? url) => IsLocal(url) ? ForHeader(url!) : "/";

    /// <summary>
    /// Percent-encodes what may not stand in a Location header as typed (letters outside ASCII,
    /// spaces) as UTF-8, the way a browser would; what is already encoded stays as it is.
    /// </summary>
    public static string ForHeader(string url)
    {
        if (url.All(c => c is > ' ' and < '\u007f'))
        {
            return url;
        }

        var escaped = new StringBuilder(url.Length + 16);
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in url.EnumerateRunes())
        {
            if (rune.Value is > ' ' and < 0x7f)
            {
                escaped.Append((char)rune.Value);
                continue;
            }

            var length = rune.EncodeToUtf8(utf8);
            foreach (var b in utf8[..length])
            {
                escaped.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return escaped.ToString();
    }
}
