using MaxMind.Db;
using MaxMind.GeoIP2;

namespace Rackwave.Security.Locations;

/// <summary>The result of trying to load a database file.</summary>
internal sealed record GeoDatabaseLoad(
    GeoDatabaseState State,
    GeoDatabase? Database,
    string? Problem,
    Exception? Error);

/// <summary>Opens a City database fully into memory and checks it before it is served.</summary>
internal static class GeoDatabaseLoader
{
    /// <summary>How many networks, from the start of the address space, are read at load.</summary>
    public const int NetworksToVerify = 64;

    private static readonly string[] Locales = ["en"];

    public static GeoDatabaseLoad Load(string path)
    {
        DatabaseReader? reader = null;
        try
        {
            // Memory: the whole file is read now, so lookups never touch the file again and a
            // replacement written over it cannot disturb them.
            reader = new DatabaseReader(path, Locales, FileAccessMode.Memory);

            var type = reader.Metadata.DatabaseType;
            if (!type.Contains("City", StringComparison.Ordinal))
            {
                reader.Dispose();
                var problem = $"it is a {type} database, not a City database";
                return new(GeoDatabaseState.WrongType, null, problem, null);
            }

            Verify(path, reader);
            return new(GeoDatabaseState.Loaded, new GeoDatabase(reader, path), null, null);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            reader?.Dispose();
            return new(GeoDatabaseState.Missing, null, "the file does not exist", ex);
        }
        catch (Exception ex)
        {
            // A damaged file fails in the decoder with many kinds of exception (invalid database,
            // out of range, overflow, cast). Whatever it is, the file is not served and the app
            // goes on.
            reader?.Dispose();
            return new(GeoDatabaseState.Damaged, null, ex.Message, ex);
        }
    }

    /// <summary>
    /// Walks the search tree to the first networks and decodes their records, through the reader
    /// that will serve them. This catches files whose tree or data section is broken throughout
    /// (the usual result of truncation or a bad copy) without reading every record, which takes
    /// minutes on a full City database.
    /// </summary>
    private static void Verify(string path, DatabaseReader reader)
    {
        // Limitation: only the first networks are decoded here; damage confined to other records
        // shows at the first lookup that meets it, which then reads unknown and marks the
        // database damaged.
        using var tree = new Reader(path, FileAccessMode.MemoryMapped);
        foreach (var network in tree.FindAll<Dictionary<string, object>>().Take(NetworksToVerify))
        {
            reader.TryCity(network.Start, out _);
        }
    }
}
