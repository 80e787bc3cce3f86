using System.Net;
using Rackwave.Security.Network;

namespace Rackwave.Security.Tests.Network;

public sealed class NetworkRangeTests
{
    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7", "203.0.113.7")]
    [InlineData("203.0.113.0/24", "203.0.113.0", "203.0.113.255")]
    [InlineData("203.0.113.77/24", "203.0.113.0", "203.0.113.255")]
    [InlineData("10.0.0.0/8", "10.0.0.0", "10.255.255.255")]
    [InlineData("172.16.0.0/12", "172.16.0.0", "172.31.255.255")]
    [InlineData(" 198.51.100.0/31 ", "198.51.100.0", "198.51.100.1")]
    [InlineData("0.0.0.0/0", "0.0.0.0", "255.255.255.255")]
    [InlineData("2001:db8::/32", "2001:db8::", "2001:db8:ffff:ffff:ffff:ffff:ffff:ffff")]
    [InlineData("2001:db8::1", "2001:db8::1", "2001:db8::1")]
    public void Reads_an_address_or_a_network_as_a_range_of_keys(string text, string first, string last)
    {
        NetworkRange.TryParse(text, out var range).Should().BeTrue();

        range!.FirstKey.Should().Be(IPAddressKey.Of(IPAddress.Parse(first)));
        range.LastKey.Should().Be(IPAddressKey.Of(IPAddress.Parse(last)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("London")]
    [InlineData("10.1")]
    [InlineData("010.0.0.1")]
    [InlineData("10.0.0.0/33")]
    [InlineData("10.0.0.0/")]
    [InlineData("10.0.0.0/-1")]
    [InlineData("10.0.0.0/+8")]
    [InlineData("2001:db8::/129")]
    [InlineData("203.0.113.0/24/8")]
    public void Refuses_text_that_is_neither(string text)
    {
        NetworkRange.TryParse(text, out var range).Should().BeFalse();
        range.Should().BeNull();
    }

    [Fact]
    public void Keys_sort_as_the_addresses_do_by_number_IPv4_as_mapped_into_IPv6()
    {
        string[] addresses = ["::1", "9.255.255.255", "10.0.0.1", "10.0.0.2", "100.0.0.0", "2001:db8::5"];

        var keys = addresses.Select(a => IPAddressKey.Of(IPAddress.Parse(a))!).ToList();

        keys.Should().BeInAscendingOrder(StringComparer.Ordinal);
        keys.Should().AllSatisfy(k => k.Length.Should().Be(IPAddressKey.Length));
    }

    [Fact]
    public void An_IPv4_address_and_its_IPv6_mapped_form_have_one_key()
    {
        IPAddressKey.Of(IPAddress.Parse("203.0.113.7"))
            .Should().Be(IPAddressKey.Of(IPAddress.Parse("::ffff:203.0.113.7")))
            .And.Be(IPAddressKey.Of("203.0.113.7"));
    }

    [Fact]
    public void Text_that_is_not_an_address_has_no_key()
    {
        IPAddressKey.Of("not an address").Should().BeNull();
        IPAddressKey.Of((string?)null).Should().BeNull();
    }
}
