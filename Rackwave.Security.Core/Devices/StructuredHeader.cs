namespace Rackwave.Security.Devices;

/// <summary>
/// Reads the few Structured Field Values (RFC 8941) that User-Agent Client Hints use: a string,
/// a boolean, and a list of strings with a <c>v</c> parameter. Anything malformed reads as null
/// or an empty list; nothing here throws.
/// </summary>
internal static class StructuredHeader
{
    /// <summary>One entry of a brand list such as Sec-CH-UA-Full-Version-List.</summary>
    public readonly record struct BrandVersion(string Brand, string Version);

    /// <summary>The text of an sf-string (<c>"Windows"</c> gives <c>Windows</c>), or null.</summary>
    public static string? ReadString(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var position = 0;
        var text = ReadQuoted(value.AsSpan().Trim(), ref position);
        return text is not null && position == value.AsSpan().Trim().Length ? text : null;
    }

    /// <summary><c>?1</c> is true, <c>?0</c> is false, anything else null.</summary>
    public static bool? ReadBoolean(string? value) => value?.Trim() switch
    {
        "?1" => true,
        "?0" => false,
        _ => null,
    };

    /// <summary>The brands and their <c>v</c> parameter, or an empty list if malformed.</summary>
    public static IReadOnlyList<BrandVersion> ReadBrandList(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return [];
        }

        var text = value.AsSpan();
        var position = 0;
        var brands = new List<BrandVersion>();
        while (true)
        {
            SkipSpaces(text, ref position);
            var brand = ReadQuoted(text, ref position);
            if (brand is null)
            {
                return [];
            }

            string? version = null;
            while (position < text.Length && text[position] == ';')
            {
                position++;
                if (!TryReadParameter(text, ref position, out var key, out var parameter))
                {
                    return [];
                }

                version = key == "v" ? parameter : version;
            }

            if (version is not null)
            {
                brands.Add(new BrandVersion(brand, version));
            }

            SkipSpaces(text, ref position);
            if (position == text.Length)
            {
                return brands;
            }

            if (text[position] != ',')
            {
                return [];
            }

            position++;
        }
    }

    private static bool TryReadParameter(
        ReadOnlySpan<char> text, ref int position, out string key, out string? value)
    {
        var start = position;
        while (position < text.Length && (char.IsAsciiLetterLower(text[position]) || text[position] == '-'))
        {
            position++;
        }

        key = text[start..position].ToString();
        value = null;
        if (key.Length == 0 || position >= text.Length || text[position] != '=')
        {
            return false;
        }

        position++;
        value = ReadQuoted(text, ref position);
        return value is not null;
    }

    private static string? ReadQuoted(ReadOnlySpan<char> text, ref int position)
    {
        if (position >= text.Length || text[position] != '"')
        {
            return null;
        }

        var result = new System.Text.StringBuilder();
        for (position++; position < text.Length; position++)
        {
            var c = text[position];
            if (c == '"')
            {
                position++;
                return result.ToString();
            }

            if (c == '\\')
            {
                if (++position >= text.Length || text[position] is not ('"' or '\\'))
                {
                    return null;
                }

                c = text[position];
            }
            else if (c is < ' ' or > '~')
            {
                // sf-strings are printable ASCII only.
                return null;
            }

            result.Append(c);
        }

        return null;
    }

    private static void SkipSpaces(ReadOnlySpan<char> text, ref int position)
    {
        while (position < text.Length && text[position] is ' ' or '\t')
        {
            position++;
        }
    }
}
