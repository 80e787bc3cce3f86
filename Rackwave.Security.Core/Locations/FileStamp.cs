namespace Rackwave.Security.Locations;

/// <summary>
/// What is cheap to know about a file and changes when it is replaced: writing a new file and
/// renaming it over the old one (as geoipupdate does) gives a new last write time.
/// </summary>
internal readonly record struct FileStamp(bool Exists, DateTime LastWriteTimeUtc, long Length)
{
    public static FileStamp Read(string path)
    {
        var file = new FileInfo(path);
        return file.Exists ? new FileStamp(true, file.LastWriteTimeUtc, file.Length) : default;
    }
}
