namespace Rackwave.Security.Locations;

/// <summary>
/// The database being served and the status reported for it, replaced together as one
/// reference so that a reader never sees one without the other.
/// </summary>
internal sealed record GeoDatabaseSnapshot(GeoDatabase? Database, GeoDatabaseStatus Status);
