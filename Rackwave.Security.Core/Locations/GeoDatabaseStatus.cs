namespace Rackwave.Security.Locations;

/// <summary>Where the GeoIP City database stands.</summary>
internal enum GeoDatabaseState
{
    NotConfigured,
    NotLoaded,
    Missing,
    Damaged,
    WrongType,
    Loaded,
}

/// <summary>The database's state with a sentence an operator can act on.</summary>
internal sealed record GeoDatabaseStatus(GeoDatabaseState State, string Description);
