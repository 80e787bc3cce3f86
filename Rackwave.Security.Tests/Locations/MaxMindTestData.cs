namespace Rackwave.Security.Tests.Locations;

/// <summary>
/// Finds MaxMind's test databases: the folder named by RACKWAVE_MAXMIND_TESTDATA, else the first
/// shared/testdata/maxmind folder met walking up from the test assembly.
/// </summary>
internal static class MaxMindTestData
{
    public const string EnvironmentVariable = "RACKWAVE_MAXMIND_TESTDATA";

    private static readonly string? Folder = Find();

    /// <summary>The path of one test database; skips the calling test when it is not there.</summary>
    public static string File(string name)
    {
        Skip.If(
            Folder is null,
            $"MaxMind test data not found: set {EnvironmentVariable} or place shared/testdata/maxmind "
                + "above the test output folder.");

        var path = Path.Combine(Folder, name);
        Skip.IfNot(System.IO.File.Exists(path), $"MaxMind test database {path} is not there.");
        return path;
    }

    private static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        for (; folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "shared", "testdata", "maxmind");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
