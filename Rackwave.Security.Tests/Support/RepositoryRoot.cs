namespace Rackwave.Security.Tests.Support;

/// <summary>The checkout the tests run from, found by walking up to the solution file.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    /// <summary>Where page screenshots go (ignored by git; the README's picture is copied by hand).</summary>
    public static string Screenshots
    {
        get
        {
            var folder = System.IO.Path.Combine(Path, "screenshots");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Rackwave.Security.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The tests must run inside the repository.");
    }
}
