using Bunit;
using MudBlazor;
using Rackwave.Security.Devices;
using Rackwave.Security.Tests.Support;
using Rackwave.Security.Web.Components.Sessions;

namespace Rackwave.Security.Tests.Components;

/// <summary>The icon beside each session says what kind of device it is, and never guesses.</summary>
public sealed class DeviceSummaryTests : IAsyncLifetime
{
    private SessionTestHost host = default!;

    public async Task InitializeAsync() => host = await SessionTestHost.CreateAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    public static TheoryData<DeviceInfo, string> Devices => new()
    {
        {
            new DeviceInfo(DeviceType.Phone, "iPhone", "iOS", "17.4", "Safari", "17.4"),
            Icons.Material.Outlined.Smartphone
        },
        {
            new DeviceInfo(DeviceType.Desktop, "Windows PC", "Windows", "11", "Chrome", "125"),
            Icons.Material.Outlined.Computer
        },
        {
            new DeviceInfo(DeviceType.Other, "Command-line tool", null, null, "curl", "8.5"),
            Icons.Material.Outlined.Terminal
        },
        { DeviceInfo.Unknown, Icons.Material.Outlined.DevicesOther },
    };

    [Theory]
    [MemberData(nameof(Devices))]
    public async Task Each_kind_of_device_has_its_own_icon(DeviceInfo device, string icon)
    {
        await using var ctx = ComponentTestContext.Create(host);

        var summary = ctx.Render<DeviceSummary>(p => p.Add(c => c.Device, device));

        summary.Markup.Should().Contain(icon);
        summary.Find(".rw-device-name").TextContent.Should().Be(device.DeviceName);
    }
}
