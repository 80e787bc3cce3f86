namespace Rackwave.Security.Devices.UserAgents;

/// <summary>
/// One output field of a parser list: the replacement key that overrides it and the match group
/// that fills it otherwise (0: none, the field stays empty without a replacement).
/// </summary>
internal sealed record UapFieldSpec(string ReplacementKey, int DefaultGroup)
{
    public static IReadOnlyList<UapFieldSpec> Browser { get; } =
    [
        new("family_replacement", 1),
        new("v1_replacement", 2),
        new("v2_replacement", 3),
        new("v3_replacement", 4),
    ];

    public static IReadOnlyList<UapFieldSpec> Os { get; } =
    [
        new("os_replacement", 1),
        new("os_v1_replacement", 2),
        new("os_v2_replacement", 3),
        new("os_v3_replacement", 4),
        new("os_v4_replacement", 5),
    ];

    public static IReadOnlyList<UapFieldSpec> Device { get; } =
    [
        new("device_replacement", 1),
        new("brand_replacement", 0),
        new("model_replacement", 1),
    ];
}
