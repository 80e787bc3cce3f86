using Microsoft.Extensions.Options;

namespace Rackwave.Security.Network;

/// <summary>Stops the app at start when a trusted proxy entry cannot be understood.</summary>
internal sealed class NetworkOptionsValidator : IValidateOptions<NetworkOptions>
{
    public ValidateOptionsResult Validate(string? name, NetworkOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        var errors = new List<string>();
        foreach (var entry in options.TrustedProxies)
        {
            if (!TrustedProxies.TryParseEntry(entry, out _, out var error))
            {
                errors.Add(error);
            }
        }

        return errors.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(errors);
    }
}
