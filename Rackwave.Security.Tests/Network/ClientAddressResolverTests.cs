using System.Net;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Rackwave.Security.Network;

namespace Rackwave.Security.Tests.Network;

public sealed class ClientAddressResolverTests
{
    private const string Client = "203.0.113.7";

    [Fact]
    public void A_direct_request_is_taken_at_its_connection_address()
    {
        var resolver = ResolverTrusting();

        var address = resolver.Resolve(Ip("203.0.113.9"), StringValues.Empty);

        address.Should().Be(Ip("203.0.113.9"));
    }

    [Theory]
    [InlineData("198.51.100.66")]
    [InlineData("10.0.0.1")]
    [InlineData("unknown")]
    public void A_direct_request_with_a_forged_header_is_taken_at_its_connection_address(string forged)
    {
        var resolver = ResolverTrusting("10.0.0.1");

        var address = resolver.Resolve(Ip("203.0.113.9"), forged);

        address.Should().Be(Ip("203.0.113.9"));
    }

    [Fact]
    public void Behind_a_trusted_proxy_the_forwarded_address_is_the_client()
    {
        var resolver = ResolverTrusting("10.0.0.1");

        var address = resolver.Resolve(Ip("10.0.0.1"), Client);

        address.Should().Be(Ip(Client));
    }

    [Fact]
    public void Any_address_in_a_trusted_network_is_a_proxy()
    {
        var resolver = ResolverTrusting("10.0.0.0/8");

        var address = resolver.Resolve(Ip("10.20.30.40"), Client);

        address.Should().Be(Ip(Client));
    }

    [Fact]
    public void A_proxy_outside_the_trusted_network_is_not_believed()
    {
        var resolver = ResolverTrusting("10.0.0.0/24");

        var address = resolver.Resolve(Ip("10.0.1.1"), Client);

        address.Should().Be(Ip("10.0.1.1"));
    }

    [Fact]
    public void A_chain_of_trusted_proxies_is_walked_to_the_client()
    {
        var resolver = ResolverTrusting("10.0.0.0/8", "192.0.2.10", "2001:db8:ffff::/48");

        var address = resolver.Resolve(
            Ip("10.0.0.1"),
            $"{Client}, 192.0.2.10, 2001:db8:ffff::5, 10.9.9.9");

        address.Should().Be(Ip(Client));
    }

    [Fact]
    public void A_spoofed_left_most_value_behind_a_real_proxy_is_not_believed()
    {
        var resolver = ResolverTrusting("10.0.0.1");

        // The client sent "X-Forwarded-For: 198.51.100.66"; the proxy appended the real address.
        var address = resolver.Resolve(Ip("10.0.0.1"), $"198.51.100.66, {Client}");

        address.Should().Be(Ip(Client));
    }

    [Fact]
    public void An_untrusted_hop_in_the_middle_of_the_chain_is_the_client()
    {
        var resolver = ResolverTrusting("10.0.0.1");

        var address = resolver.Resolve(Ip("10.0.0.1"), $"{Client}, 198.51.100.66");

        address.Should().Be(Ip("198.51.100.66"));
    }

    [Theory]
    [InlineData("unknown")]
    [InlineData("Unknown")]
    [InlineData("_hidden")]
    [InlineData("garbage")]
    [InlineData("999.1.1.1")]
    [InlineData("10.1")]
    [InlineData("3405803783")]
    [InlineData("010.0.0.1")]
    [InlineData("203.0.113")]
    [InlineData("203.0.113.7.1")]
    [InlineData("\"203.0.113.7\"")]
    [InlineData("for=203.0.113.7")]
    public void A_malformed_entry_on_the_walk_leaves_the_address_unknown(string entry)
    {
        var resolver = ResolverTrusting("10.0.0.0/8");

        var address = resolver.Resolve(Ip("10.0.0.1"), $"{Client}, {entry}, 10.0.0.2");

        address.Should().BeNull("the proxy's own address would be a wrong answer");
    }

    [Fact]
    public void A_malformed_entry_left_of_the_client_is_never_read()
    {
        var resolver = ResolverTrusting("10.0.0.1");

        var address = resolver.Resolve(Ip("10.0.0.1"), $"unknown, garbage, {Client}");

        address.Should().Be(Ip(Client));
    }

    [Theory]
    [InlineData("203.0.113.7:1234", "203.0.113.7")]
    [InlineData("203.0.113.7:0", "203.0.113.7")]
    [InlineData("203.0.113.7:65535", "203.0.113.7")]
    [InlineData("[2001:db8::1]:443", "2001:db8::1")]
    [InlineData("[2001:db8::1]", "2001:db8::1")]
    [InlineData("2001:db8::1", "2001:db8::1")]
    [InlineData("[fe80::1%2]:80", "fe80::1")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("[::ffff:203.0.113.7]:8080", "203.0.113.7")]
    public void Ports_brackets_and_mapped_forms_are_understood(string entry, string expected)
    {
        var resolver = ResolverTrusting("10.0.0.1");

        var address = resolver.Resolve(Ip("10.0.0.1"), entry);

        address.Should().Be(Ip(expected));
        address!.ToString().Should().Be(expected, "no zone id or mapping survives");
    }

    [Theory]
    [InlineData("203.0.113.7:65536")]
    [InlineData("203.0.113.7:")]
    [InlineData("203.0.113.7:http")]
    [InlineData("203.0.113.7:-1")]
    [InlineData("[2001:db8::1]:")]
    [InlineData("[2001:db8::1]443")]
    [InlineData("[2001:db8::1")]
    [InlineData("[203.0.113.7]")]
    [InlineData("2001:db8::1:443:")]
    public void Bad_ports_and_brackets_leave_the_address_unknown(string entry)
    {
        var resolver = ResolverTrusting("10.0.0.1");

        var address = resolver.Resolve(Ip("10.0.0.1"), entry);

        address.Should().BeNull();
    }

    [Fact]
    public void Several_header_lines_read_as_one_list()
    {
        var resolver = ResolverTrusting("10.0.0.0/8");
        var lines = new StringValues(["198.51.100.66", $"{Client}, 10.0.0.3", "10.0.0.2"]);

        var address = resolver.Resolve(Ip("10.0.0.1"), lines);

        address.Should().Be(Ip(Client));
    }

    [Fact]
    public void Spaces_tabs_and_empty_elements_are_ignored()
    {
        var resolver = ResolverTrusting("10.0.0.0/8");
        var lines = new StringValues([$"  {Client}\t,, 10.0.0.3 ,", "", "  "]);

        var address = resolver.Resolve(Ip("10.0.0.1"), lines);

        address.Should().Be(Ip(Client));
    }

    [Fact]
    public void A_v4_mapped_connection_from_a_trusted_proxy_is_trusted()
    {
        var resolver = ResolverTrusting("10.0.0.1");

        var address = resolver.Resolve(Ip("::ffff:10.0.0.1"), Client);

        address.Should().Be(Ip(Client));
    }

    [Fact]
    public void A_proxy_configured_in_mapped_form_matches_its_IPv4_connection()
    {
        var resolver = ResolverTrusting("::ffff:10.0.0.0/104");

        var address = resolver.Resolve(Ip("10.1.1.1"), $"{Client}, ::ffff:10.0.0.2");

        address.Should().Be(Ip(Client));
    }

    [Fact]
    public void A_direct_mapped_connection_is_returned_as_IPv4()
    {
        var resolver = ResolverTrusting();

        var address = resolver.Resolve(Ip("::ffff:203.0.113.9"), StringValues.Empty);

        address.Should().Be(Ip("203.0.113.9"));
        address!.ToString().Should().Be("203.0.113.9");
    }

    [Fact]
    public void A_trusted_proxy_without_the_header_is_itself_the_client()
    {
        var resolver = ResolverTrusting("10.0.0.1");

        var address = resolver.Resolve(Ip("10.0.0.1"), StringValues.Empty);

        address.Should().Be(Ip("10.0.0.1"));
    }

    [Fact]
    public void When_every_hop_is_trusted_the_left_most_hop_is_the_client()
    {
        var resolver = ResolverTrusting("10.0.0.0/8");

        var address = resolver.Resolve(Ip("10.0.0.1"), "10.5.5.5, 10.0.0.2");

        address.Should().Be(Ip("10.5.5.5"));
    }

    [Fact]
    public void No_connection_address_is_unknown()
    {
        var resolver = ResolverTrusting("10.0.0.1");

        var address = resolver.Resolve(null, Client);

        address.Should().BeNull();
    }

    [Fact]
    public void The_zone_id_of_a_direct_connection_is_dropped()
    {
        var resolver = ResolverTrusting();
        var scoped = new IPAddress(Ip("fe80::1").GetAddressBytes(), scopeid: 2);

        var address = resolver.Resolve(scoped, StringValues.Empty);

        address!.ScopeId.Should().Be(0);
    }

    [Fact]
    public void More_trusted_hops_than_the_cap_leave_the_address_unknown()
    {
        var resolver = ResolverTrusting("10.0.0.0/8");
        var hops = Enumerable.Repeat("10.0.0.9", ForwardedForReader.MaxEntries);

        var address = resolver.Resolve(Ip("10.0.0.1"), string.Join(", ", [Client, .. hops]));

        address.Should().BeNull();
    }

    [Fact]
    public void A_client_within_the_cap_is_found()
    {
        var resolver = ResolverTrusting("10.0.0.0/8");
        var hops = Enumerable.Repeat("10.0.0.9", ForwardedForReader.MaxEntries - 1);

        var address = resolver.Resolve(Ip("10.0.0.1"), string.Join(", ", [Client, .. hops]));

        address.Should().Be(Ip(Client));
    }

    [Fact]
    public void A_huge_header_of_many_entries_costs_no_more_than_the_cap()
    {
        var resolver = ResolverTrusting("10.0.0.0/8");
        var header = string.Join(",", Enumerable.Repeat("10.0.0.9", 100_000));

        var address = resolver.Resolve(Ip("10.0.0.1"), header);

        address.Should().BeNull();
    }

    [Fact]
    public void A_huge_entry_without_commas_is_refused()
    {
        var resolver = ResolverTrusting("10.0.0.0/8");
        var header = new string('1', 1_000_000);

        var address = resolver.Resolve(Ip("10.0.0.1"), header);

        address.Should().BeNull();
    }

    [Fact]
    public void A_huge_entry_ending_in_an_address_is_refused_not_cut_short()
    {
        var resolver = ResolverTrusting("10.0.0.0/8");
        var header = new string('x', 5_000) + Client;

        var address = resolver.Resolve(Ip("10.0.0.1"), header);

        address.Should().BeNull();
    }

    [Fact]
    public void Thousands_of_empty_header_lines_are_refused()
    {
        var resolver = ResolverTrusting("10.0.0.0/8");
        var lines = new StringValues([Client, .. Enumerable.Repeat(",,,", 10_000)]);

        var address = resolver.Resolve(Ip("10.0.0.1"), lines);

        address.Should().BeNull();
    }

    [Fact]
    public void Null_header_lines_are_skipped()
    {
        var resolver = ResolverTrusting("10.0.0.1");
        var lines = new StringValues([Client, null]);

        var address = resolver.Resolve(Ip("10.0.0.1"), lines);

        address.Should().Be(Ip(Client));
    }

    private static ClientAddressResolver ResolverTrusting(params string[] proxies)
    {
        var options = new NetworkOptions();
        foreach (var proxy in proxies)
        {
            options.TrustedProxies.Add(proxy);
        }

        return new ClientAddressResolver(Options.Create(options));
    }

    private static IPAddress Ip(string text) => IPAddress.Parse(text);
}
