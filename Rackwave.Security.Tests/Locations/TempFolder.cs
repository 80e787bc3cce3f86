namespace Rackwave.Security.Tests.Locations;

/// <summary>A folder of its own for one test, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = Directory.CreateTempSubdirectory("rackwave-geoip-").FullName;
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Copies a file in under <paramref name="name"/> and returns its path.</summary>
    public string Copy(string source, string name)
    {
        var target = File(name);
        System.IO.File.Copy(source, target, overwrite: true);
        return target;
    }

    /// <summary>Writes a copy cut to half its length, as a failed download leaves it.</summary>
    public string Truncated(string source, string name)
    {
        var bytes = System.IO.File.ReadAllBytes(source);
        var target = File(name);
        System.IO.File.WriteAllBytes(target, bytes[..(bytes.Length / 2)]);
        return target;
    }

    /// <summary>Writes a copy whose search tree (at the start of the file) is overwritten.</summary>
    public string Garbled(string source, string name)
    {
        var bytes = System.IO.File.ReadAllBytes(source);
        bytes.AsSpan(0, 256).Fill(0xEE);
        var target = File(name);
        System.IO.File.WriteAllBytes(target, bytes);
        return target;
    }

    /// <summary>
    /// Replaces <paramref name="target"/> the way geoipupdate does: writes a new file beside it,
    /// then renames it over the old one, so that no reader ever sees a half-written file.
    /// </summary>
    public static void ReplaceByRename(string source, string target, DateTime lastWriteTimeUtc)
    {
        var temporary = target + ".new";
        System.IO.File.Copy(source, temporary, overwrite: true);
        System.IO.File.SetLastWriteTimeUtc(temporary, lastWriteTimeUtc);
        System.IO.File.Move(temporary, target, overwrite: true);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder must not fail a test.
        }
    }
}
