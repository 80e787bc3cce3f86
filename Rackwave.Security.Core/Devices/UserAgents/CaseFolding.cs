namespace Rackwave.Security.Devices.UserAgents;

/// <summary>
/// Maps characters that a case-insensitive regular expression treats as equal onto one form, so
/// the pre-filter can compare case-insensitive literals with a plain lookup.
/// </summary>
internal static class CaseFolding
{
    public static char Fold(char c)
    {
        if (c < 128)
        {
            return char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
        }

        // Through upper case first so that, for example, the long s and the Kelvin sign meet
        // their ASCII letters the way the regex engine's case table has them meet.
        return char.ToLowerInvariant(char.ToUpperInvariant(c));
    }

    public static string Fold(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = Fold(source[i]);
        }
    });
}
