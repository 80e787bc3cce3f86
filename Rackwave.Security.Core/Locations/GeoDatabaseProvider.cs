using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Rackwave.Security.Locations;

/// <summary>
/// Holds the City database that lookups use, loads it, and swaps in a replacement when the file
/// changes. A lookup takes the current <see cref="Snapshot"/> once and uses it to the end, so a
/// swap never disturbs a lookup in progress.
/// </summary>
internal sealed partial class GeoDatabaseProvider : IDisposable
{
    private readonly string _path;
    private readonly ILogger<GeoDatabaseProvider> _logger;
    private readonly Lock _refreshLock = new();
    private GeoDatabaseSnapshot _snapshot;
    private FileStamp? _lastStamp;

    public GeoDatabaseProvider(IOptions<GeoIpOptions> options, ILogger<GeoDatabaseProvider> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var configured = options.Value.CityDatabasePath;
        _path = string.IsNullOrWhiteSpace(configured) ? string.Empty : Path.GetFullPath(configured);
        _logger = logger;

        if (_path.Length == 0)
        {
            _snapshot = new(null, NotConfiguredStatus);
            Log.NotConfigured(_logger);
            return;
        }

        _snapshot = new(null, new(
            GeoDatabaseState.NotLoaded,
            $"GeoIP City database {Path.GetFileName(_path)} is not loaded yet."));
        Refresh();
    }

    /// <summary>Whether a database path is configured; without one there is nothing to watch.</summary>
    public bool IsConfigured => _path.Length > 0;

    public GeoDatabaseSnapshot Snapshot => Volatile.Read(ref _snapshot);

    private static GeoDatabaseStatus NotConfiguredStatus { get; } = new(
        GeoDatabaseState.NotConfigured,
        "No GeoIP City database is configured (GeoIp:CityDatabasePath); locations read unknown.");

    /// <summary>
    /// Loads the file if it changed (or appeared, or went) since the last look. Returns true when
    /// new data is now served. Never throws; skips when another refresh is running.
    /// </summary>
    public bool Refresh()
    {
        if (!IsConfigured || !_refreshLock.TryEnter())
        {
            return false;
        }

        try
        {
            return RefreshLocked();
        }
        catch (Exception ex)
        {
            // Runs on a timer: an escaping exception would end the process.
            Log.RefreshFailed(_logger, _path, ex);
            return false;
        }
        finally
        {
            _refreshLock.Exit();
        }
    }

    /// <summary>
    /// Records that a lookup in <paramref name="database"/> failed: logged once per database, and
    /// the status turns damaged while that database is still the one served.
    /// </summary>
    public void ReportLookupFailure(GeoDatabase database, Exception error)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (!database.TryClaimFailureReport())
        {
            return;
        }

        Log.LookupFailed(_logger, database.Path, error.Message, error);
        var damaged = new GeoDatabaseStatus(
            GeoDatabaseState.Damaged,
            $"GeoIP City database {database.FileName} is damaged: a lookup failed "
                + $"({error.Message}). Some locations read unknown.");

        // Only while that database is still served: a swap may have replaced it meanwhile.
        var current = Snapshot;
        while (current.Database == database)
        {
            var next = current with { Status = damaged };
            var seen = Interlocked.CompareExchange(ref _snapshot, next, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }

    public void Dispose() => Snapshot.Database?.Dispose();

    private bool RefreshLocked()
    {
        var stamp = FileStamp.Read(_path);
        if (stamp == _lastStamp)
        {
            return false;
        }

        var load = stamp.Exists
            ? GeoDatabaseLoader.Load(_path)
            : new GeoDatabaseLoad(GeoDatabaseState.Missing, null, "the file does not exist", null);

        if (FileStamp.Read(_path) != stamp)
        {
            // Replaced while being read: what was loaded may mix two files. Look again next time.
            load.Database?.Dispose();
            return false;
        }

        _lastStamp = stamp;
        if (load.Database is { } database)
        {
            Serve(database);
            return true;
        }

        Reject(load);
        return false;
    }

    private void Serve(GeoDatabase database)
    {
        var buildDate = database.BuildDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var status = new GeoDatabaseStatus(
            GeoDatabaseState.Loaded,
            $"GeoIP City database {database.FileName} is loaded "
                + $"({database.DatabaseType}, built {buildDate}).");

        // The replaced database is not disposed: lookups that took it before the swap may still be
        // reading it. It is loaded in memory, holds no file or native handle, and the garbage
        // collector frees it once the last of those lookups ends.
        Volatile.Write(ref _snapshot, new GeoDatabaseSnapshot(database, status));
        Log.Loaded(_logger, database.Path, database.DatabaseType, buildDate);
    }

    private void Reject(GeoDatabaseLoad load)
    {
        var previous = Snapshot.Database;
        var name = Path.GetFileName(_path);
        var stillServing = previous is null
            ? " Locations read unknown."
            : " Still serving the database built "
                + previous.BuildDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                + " that was loaded before.";
        var description = load.State switch
        {
            GeoDatabaseState.Missing => $"GeoIP City database {name} does not exist.",
            GeoDatabaseState.WrongType => $"{name} is not a GeoIP City database: {load.Problem}.",
            // The reader's messages may hold the full path; the description names the file only.
            _ => $"GeoIP City database {name} cannot be read: {load.Problem?.Replace(_path, name)}",
        };

        var status = new GeoDatabaseStatus(load.State, description + stillServing);
        Volatile.Write(ref _snapshot, new GeoDatabaseSnapshot(previous, status));

        switch (load.State)
        {
            case GeoDatabaseState.Missing:
                Log.Missing(_logger, _path, previous is not null);
                break;
            case GeoDatabaseState.WrongType:
                Log.WrongType(_logger, _path, load.Problem ?? string.Empty, previous is not null);
                break;
            default:
                var problem = load.Problem ?? string.Empty;
                Log.Damaged(_logger, _path, problem, previous is not null, load.Error);
                break;
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information,
            "No GeoIP City database is configured (GeoIp:CityDatabasePath); locations read unknown")]
        public static partial void NotConfigured(ILogger logger);

        [LoggerMessage(2, LogLevel.Information,
            "Loaded GeoIP database {Path} ({DatabaseType}, built {BuildDate})")]
        public static partial void Loaded(
            ILogger logger, string path, string databaseType, string buildDate);

        [LoggerMessage(3, LogLevel.Warning,
            "GeoIP City database {Path} does not exist; earlier data still served: {StillServing}")]
        public static partial void Missing(ILogger logger, string path, bool stillServing);

        [LoggerMessage(4, LogLevel.Error,
            "GeoIP database {Path} is not a City database: {Problem}; "
                + "earlier data still served: {StillServing}")]
        public static partial void WrongType(
            ILogger logger, string path, string problem, bool stillServing);

        [LoggerMessage(5, LogLevel.Error,
            "GeoIP City database {Path} is damaged: {Problem}; "
                + "earlier data still served: {StillServing}")]
        public static partial void Damaged(
            ILogger logger, string path, string problem, bool stillServing, Exception? exception);

        [LoggerMessage(6, LogLevel.Error,
            "A lookup in GeoIP City database {Path} failed; the database is damaged: {Problem}")]
        public static partial void LookupFailed(
            ILogger logger, string path, string problem, Exception exception);

        [LoggerMessage(7, LogLevel.Error,
            "Checking GeoIP City database {Path} for a new version failed")]
        public static partial void RefreshFailed(ILogger logger, string path, Exception exception);
    }
}
