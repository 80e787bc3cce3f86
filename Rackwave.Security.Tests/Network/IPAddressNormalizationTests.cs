using System.Net;
using System.Net.Sockets;
using Rackwave.Security.Network;

namespace Rackwave.Security.Tests.Network;

public sealed class IPAddressNormalizationTests
{
    [Theory]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:10.0.0.1", "10.0.0.1")]
    [InlineData("::FFFF:cb00:7107", "203.0.113.7")]
    public void Normalize_turns_an_IPv4_mapped_address_into_IPv4(string mapped, string expected)
    {
        var normalized = IPAddress.Parse(mapped).Normalize();

        normalized.AddressFamily.Should().Be(AddressFamily.InterNetwork);
        normalized.Should().Be(IPAddress.Parse(expected));
    }

    [Fact]
    public void Normalize_drops_the_zone_id_of_an_IPv6_address()
    {
        var scoped = new IPAddress(IPAddress.Parse("fe80::1").GetAddressBytes(), scopeid: 2);

        var normalized = scoped.Normalize();

        normalized.ScopeId.Should().Be(0);
        normalized.ToString().Should().Be("fe80::1");
    }

    [Theory]
    [InlineData("203.0.113.7")]
    [InlineData("2001:db8::1")]
    [InlineData("::1")]
    public void Normalize_leaves_other_addresses_as_they_are(string text)
    {
        var address = IPAddress.Parse(text);

        address.Normalize().Should().BeSameAs(address);
    }

    [Fact]
    public void A_mapped_and_a_plain_address_compare_equal_once_normalised()
    {
        var mapped = IPAddress.Parse("::ffff:198.51.100.20").Normalize();

        mapped.Should().Be(IPAddress.Parse("198.51.100.20"));
        mapped.ToString().Should().Be("198.51.100.20");
    }
}
