using Microsoft.AspNetCore.Components;
using Rackwave.Security.Devices;
using Rackwave.Security.Network;
using Rackwave.Security.Sessions.Admin;

namespace Rackwave.Security.Web.Components.Admin;

/// <summary>
/// Edits an <see cref="AdminSessionFilter"/>: every change raises <see cref="FilterChanged"/> with
/// a new filter. A network that cannot be read is shown as an error and not applied.
/// </summary>
public sealed partial class AdminSessionFilterBar : ComponentBase
{
    private static readonly (int Minutes, string Label)[] ActiveWithinChoices =
    [
        (5, "Last 5 minutes"), (15, "Last 15 minutes"), (60, "Last hour"), (24 * 60, "Last 24 hours"),
    ];

    /// <summary>How long typing must pause before a text filter applies, in milliseconds.</summary>
    public const double TypingPause = 400;

    private string? networkText;
    private bool networkInvalid;

    [Parameter, EditorRequired]
    public AdminSessionFilter Filter { get; set; } = AdminSessionFilter.None;

    [Parameter]
    public EventCallback<AdminSessionFilter> FilterChanged { get; set; }

    /// <summary>The choices for country and browser: values present in running sessions.</summary>
    [Parameter]
    public AdminSessionFacets Facets { get; set; } = AdminSessionFacets.Empty;

    private bool HasAny => Filter != AdminSessionFilter.None || !string.IsNullOrEmpty(networkText);

    private Task SetEmailAsync(string? value) =>
        ApplyAsync(Filter with { EmailContains = Blank(value) });

    private Task SetNetworkAsync(string? value)
    {
        networkText = Blank(value);
        networkInvalid = networkText is not null && !NetworkRange.TryParse(networkText, out _);
        return networkInvalid ? Task.CompletedTask : ApplyAsync(Filter with { Network = networkText });
    }

    private Task SetCountryAsync(string? value) => ApplyAsync(Filter with { CountryCode = Blank(value) });

    private Task SetBrowserAsync(string? value) => ApplyAsync(Filter with { BrowserFamily = Blank(value) });

    private Task SetDeviceTypeAsync(DeviceType? value) => ApplyAsync(Filter with { DeviceType = value });

    private Task SetActiveWithinAsync(int? value) => ApplyAsync(Filter with { ActiveWithinMinutes = value });

    private Task ClearAsync()
    {
        networkText = null;
        networkInvalid = false;
        return ApplyAsync(AdminSessionFilter.None);
    }

    private Task ApplyAsync(AdminSessionFilter filter) =>
        filter == Filter ? Task.CompletedTask : FilterChanged.InvokeAsync(filter);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
