using Microsoft.Extensions.Options;

namespace Rackwave.Security.Locations;

/// <summary>Checks <see cref="GeoIpOptions"/> at start; generated from its annotations.</summary>
[OptionsValidator]
internal sealed partial class GeoIpOptionsValidator : IValidateOptions<GeoIpOptions>;
