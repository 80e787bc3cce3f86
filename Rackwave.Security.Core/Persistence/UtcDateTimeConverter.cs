using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Rackwave.Security.Persistence;

/// <summary>
/// Stores times as UTC and gives them back with <see cref="DateTimeKind.Utc"/>, which SQLite
/// would otherwise lose (it keeps text without a kind).
/// </summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : DateTime.SpecifyKind(v, DateTimeKind.Utc),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
