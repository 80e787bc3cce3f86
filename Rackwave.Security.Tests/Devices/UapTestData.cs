using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Rackwave.Security.Tests.Devices;

/// <summary>
/// Finds and reads uap-core's conformance suites, which live outside the repository: in the
/// folder named by RACKWAVE_UAP_TESTDATA, or in a shared/testdata/uap-core folder above the
/// test assembly.
/// </summary>
internal static class UapTestData
{
    public const string Variable = "RACKWAVE_UAP_TESTDATA";

    /// <summary>The suites' folder, or null when this machine has none.</summary>
    public static string? Folder { get; } = Find();

    public static string MissingReason =>
        $"uap-core test suites not found: set {Variable} or provide shared/testdata/uap-core.";

    /// <summary>Each case as field name to value; an empty field (<c>patch:</c>) is null.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string?>> Cases(string file)
    {
        using var reader = new StreamReader(Path.Combine(Folder!, file));
        var parser = new Parser(reader);
        var cases = new List<IReadOnlyDictionary<string, string?>>();
        Dictionary<string, string?>? current = null;
        var depth = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case MappingStart:
                    depth++;
                    current = depth == 2 ? new Dictionary<string, string?>(StringComparer.Ordinal) : current;
                    break;
                case MappingEnd:
                    if (depth-- == 2 && current is not null)
                    {
                        cases.Add(current);
                    }

                    break;
                case Scalar key when depth == 2 && current is not null:
                    parser.MoveNext();
                    var value = (Scalar)parser.Current!;
                    current[key.Value] = value is { Style: ScalarStyle.Plain, Value.Length: 0 } ? null : value.Value;
                    break;
            }
        }

        return cases;
    }

    private static string? Find()
    {
        var named = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrEmpty(named))
        {
            return Directory.Exists(named) ? named : null;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "testdata", "uap-core");
            if (File.Exists(Path.Combine(candidate, "test_ua.yaml")))
            {
                return candidate;
            }
        }

        return null;
    }
}
