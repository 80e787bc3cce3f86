namespace Rackwave.Security.Sessions.Admin;

/// <summary>One page of the console's table: what to show, in which order, and which page.</summary>
public sealed record AdminSessionQuery
{
    public const int MaxPageSize = 100;

    public AdminSessionFilter Filter { get; init; } = AdminSessionFilter.None;

    public AdminSessionSort Sort { get; init; } = AdminSessionSort.LastActive;

    public bool Descending { get; init; } = true;

    /// <summary>Zero-based.</summary>
    public int Page { get; init; }

    public int PageSize { get; init; } = 25;
}
