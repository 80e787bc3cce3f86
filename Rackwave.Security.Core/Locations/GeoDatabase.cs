using System.Net.Sockets;
using MaxMind.GeoIP2;

namespace Rackwave.Security.Locations;

/// <summary>A City database loaded into memory, with where it came from.</summary>
internal sealed class GeoDatabase(DatabaseReader reader, string path) : IDisposable
{
    private int _failureReported;

    public DatabaseReader Reader { get; } = reader;

    public string Path { get; } = path;

    public string FileName => System.IO.Path.GetFileName(Path);

    public string DatabaseType => Reader.Metadata.DatabaseType;

    public DateTime BuildDate => Reader.Metadata.BuildDate;

    /// <summary>An IPv4-only database throws when asked about an IPv6 address.</summary>
    public bool Holds(AddressFamily family) =>
        family == AddressFamily.InterNetwork || Reader.Metadata.IPVersion == 6;

    /// <summary>True the first time only: a damaged record is reported once, not per lookup.</summary>
    public bool TryClaimFailureReport() => Interlocked.Exchange(ref _failureReported, 1) == 0;

    public void Dispose() => Reader.Dispose();
}
