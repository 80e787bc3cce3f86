namespace Rackwave.Security.Sessions.Admin;

/// <summary>The values the console's country and browser filters offer: those in running sessions.</summary>
public sealed record AdminSessionFacets(IReadOnlyList<CountryFacet> Countries, IReadOnlyList<string> Browsers)
{
    public static AdminSessionFacets Empty { get; } = new([], []);
}

/// <summary>A country as located from addresses: its ISO code and its name.</summary>
public sealed record CountryFacet(string Code, string Name);
