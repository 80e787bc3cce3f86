using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Rackwave.Security.Network;

namespace Rackwave.Security.Tests.Network;

public sealed class NetworkOptionsTests
{
    [Theory]
    [InlineData("10.0.0.1")]
    [InlineData(" 10.0.0.1 ")]
    [InlineData("10.0.0.0/8")]
    [InlineData("0.0.0.0/0")]
    [InlineData("192.0.2.1/32")]
    [InlineData("2001:db8::5")]
    [InlineData("2001:db8::/32")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("::ffff:10.0.0.0/104")]
    public void Addresses_and_networks_are_accepted(string entry)
    {
        var result = Validate(entry);

        result.Succeeded.Should().BeTrue();
    }

    [Theory]
    [InlineData("proxy.example")]
    [InlineData("")]
    [InlineData("10.0.0")]
    [InlineData("10.1")]
    [InlineData("10.0.0.0/")]
    [InlineData("10.0.0.0/33")]
    [InlineData("10.0.0.0/-1")]
    [InlineData("10.0.0.0/eight")]
    [InlineData("10.1.2.3/8")]
    [InlineData("2001:db8::/129")]
    [InlineData("2001:db8::1/32")]
    [InlineData("::ffff:10.0.0.0/80")]
    [InlineData("10.0.0.0/8/8")]
    public void A_bad_entry_fails_with_a_message_naming_it(string entry)
    {
        var result = Validate("10.0.0.1", entry);

        result.Failed.Should().BeTrue();
        result.FailureMessage.Should().Contain($"'{entry}'").And.Contain("Network:TrustedProxies");
    }

    [Fact]
    public void The_app_stops_at_start_on_a_bad_entry()
    {
        using var services = ServicesWith(new()
        {
            ["Network:TrustedProxies:0"] = "10.0.0.1",
            ["Network:TrustedProxies:1"] = "proxy.internal",
        });

        var start = () => services.GetRequiredService<IStartupValidator>().Validate();

        start.Should().Throw<OptionsValidationException>().WithMessage("*'proxy.internal'*");
    }

    [Fact]
    public void Trusted_proxies_are_bound_from_the_Network_section()
    {
        using var services = ServicesWith(new()
        {
            ["Network:TrustedProxies:0"] = "10.0.0.1",
            ["Network:TrustedProxies:1"] = "192.0.2.0/24",
        });
        services.GetRequiredService<IStartupValidator>().Validate();
        var resolver = services.GetRequiredService<IClientAddressResolver>();

        var address = resolver.Resolve(
            System.Net.IPAddress.Parse("10.0.0.1"),
            new StringValues("203.0.113.7, 192.0.2.44"));

        address!.ToString().Should().Be("203.0.113.7");
    }

    [Fact]
    public void Without_configuration_no_proxy_is_trusted()
    {
        using var services = ServicesWith([]);
        var resolver = services.GetRequiredService<IClientAddressResolver>();

        var address = resolver.Resolve(System.Net.IPAddress.Parse("10.0.0.1"), "203.0.113.7");

        address!.ToString().Should().Be("10.0.0.1");
    }

    private static ValidateOptionsResult Validate(params string[] entries)
    {
        var options = new NetworkOptions();
        foreach (var entry in entries)
        {
            options.TrustedProxies.Add(entry);
        }

        return new NetworkOptionsValidator().Validate(Options.DefaultName, options);
    }

    private static ServiceProvider ServicesWith(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection()
            .AddClientAddressResolution(configuration)
            .BuildServiceProvider();
    }
}
