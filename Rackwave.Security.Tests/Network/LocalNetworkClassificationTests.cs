using System.Net;
using Rackwave.Security.Network;

namespace Rackwave.Security.Tests.Network;

public sealed class LocalNetworkClassificationTests
{
    [Theory]
    [InlineData("127.0.0.1")]          // loopback
    [InlineData("127.255.255.254")]
    [InlineData("::1")]
    [InlineData("10.0.0.0")]           // private 10/8, first and last
    [InlineData("10.255.255.255")]
    [InlineData("172.16.0.0")]         // private 172.16/12, first and last
    [InlineData("172.31.255.255")]
    [InlineData("192.168.0.0")]        // private 192.168/16, first and last
    [InlineData("192.168.255.255")]
    [InlineData("169.254.0.0")]        // link-local, first and last
    [InlineData("169.254.255.255")]
    [InlineData("fe80::")]             // link-local fe80::/10, first and last
    [InlineData("febf:ffff:ffff:ffff:ffff:ffff:ffff:ffff")]
    [InlineData("100.64.0.0")]         // carrier-grade NAT 100.64/10, first and last
    [InlineData("100.127.255.255")]
    [InlineData("fc00::")]             // unique local fc00::/7, first and last
    [InlineData("fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff")]
    [InlineData("0.0.0.0")]            // unspecified
    [InlineData("::")]
    [InlineData("::ffff:10.1.2.3")]    // IPv4-mapped forms are judged as IPv4
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:100.64.0.1")]
    public void Local_addresses_are_local_network(string text)
    {
        IPAddress.Parse(text).IsLocalNetwork().Should().BeTrue();
    }

    [Theory]
    [InlineData("9.255.255.255")]      // just outside 10/8
    [InlineData("11.0.0.0")]
    [InlineData("172.15.255.255")]     // just outside 172.16/12
    [InlineData("172.32.0.0")]
    [InlineData("192.167.255.255")]    // just outside 192.168/16
    [InlineData("192.169.0.0")]
    [InlineData("169.253.255.255")]    // just outside 169.254/16
    [InlineData("169.255.0.0")]
    [InlineData("100.63.255.255")]     // just outside 100.64/10
    [InlineData("100.128.0.0")]
    [InlineData("126.255.255.255")]    // just outside 127/8
    [InlineData("128.0.0.0")]
    [InlineData("0.0.0.1")]
    [InlineData("203.0.113.7")]
    [InlineData("81.2.69.142")]
    [InlineData("fbff:ffff:ffff:ffff:ffff:ffff:ffff:ffff")] // just below fc00::/7
    [InlineData("fe00::1")]            // between fc00::/7 and fe80::/10
    [InlineData("fec0::1")]            // just above fe80::/10
    [InlineData("::2")]
    [InlineData("2001:db8::1")]
    [InlineData("2001:480:10::1")]
    [InlineData("::ffff:203.0.113.7")]
    public void Public_addresses_are_not_local_network(string text)
    {
        IPAddress.Parse(text).IsLocalNetwork().Should().BeFalse();
    }

    [Fact]
    public void A_link_local_address_with_a_zone_id_is_local_network()
    {
        var scoped = new IPAddress(IPAddress.Parse("fe80::1").GetAddressBytes(), scopeid: 3);

        scoped.IsLocalNetwork().Should().BeTrue();
    }
}
