namespace Rackwave.Security.Devices;

/// <summary>
/// What a request's client hints say, checked and decoded. Hostile or malformed values are
/// dropped one by one, so a bad hint never spoils the others or the User-Agent.
/// </summary>
internal sealed record HintFacts(
    string? Platform,
    string? PlatformVersion,
    string? Model,
    bool? Mobile,
    IReadOnlyList<StructuredHeader.BrandVersion> FullVersions)
{
    /// <summary>Longer values than this are not hints a browser sends; they are ignored.</summary>
    public const int MaxValueLength = 256;

    /// <summary>A brand list longer than this is ignored (real ones are about 150 characters).</summary>
    public const int MaxBrandListLength = 1024;

    public static HintFacts None { get; } = new(null, null, null, null, []);

    /// <summary>The major part of the platform version ("15.0.0" gives 15), or null.</summary>
    public int? PlatformMajor =>
        PlatformVersion is not null && int.TryParse(PlatformVersion.Split('.')[0], out var major)
            ? major
            : null;

    /// <summary>Keeps only the hints that are within size limits; the cache keys on the result.</summary>
    public static ClientHints Bound(ClientHints? hints)
    {
        if (hints is null || hints == ClientHints.None)
        {
            return ClientHints.None;
        }

        return new ClientHints(
            Short(hints.Platform),
            Short(hints.PlatformVersion),
            Short(hints.Model),
            Short(hints.Mobile),
            hints.FullVersionList is { Length: <= MaxBrandListLength } list ? list : null);
    }

    /// <summary>Decodes bounded hints into facts.</summary>
    public static HintFacts From(ClientHints hints)
    {
        if (hints == ClientHints.None)
        {
            return None;
        }

        var model = StructuredHeader.ReadString(hints.Model)?.Trim();
        return new HintFacts(
            NullIfEmpty(StructuredHeader.ReadString(hints.Platform)?.Trim()),
            VersionOrNull(StructuredHeader.ReadString(hints.PlatformVersion)),
            string.IsNullOrEmpty(model) || !IsPlainModel(model) ? null : model,
            StructuredHeader.ReadBoolean(hints.Mobile),
            StructuredHeader.ReadBrandList(hints.FullVersionList)
                .Where(b => VersionOrNull(b.Version) is not null)
                .ToArray());
    }

    /// <summary>Digits and dots, as versions are ("125.0.6422.142"); anything else is not a version.</summary>
    public static string? VersionOrNull(string? version) =>
        version is { Length: > 0 and <= 32 }
        && char.IsAsciiDigit(version[0])
        && version.All(c => char.IsAsciiDigit(c) || c == '.')
            ? version
            : null;

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static string? Short(string? value) => value is { Length: <= MaxValueLength } ? value : null;

    /// <summary>A model name is shown to people and fed back to the parser: keep it plain.</summary>
    private static bool IsPlainModel(string model) =>
        model.Length <= 64
        && model.All(c => char.IsAsciiLetterOrDigit(c) || c is ' ' or '-' or '_' or '.' or '+');
}
