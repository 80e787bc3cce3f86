using Rackwave.Security.Tests.Support;

namespace Rackwave.Security.Tests.Network;

public sealed class ForwardedAddressHttpTests : IClassFixture<ForwardedAddressHttpTests.ProxiedPortal>
{
    private readonly ProxiedPortal factory;

    public ForwardedAddressHttpTests(ProxiedPortal factory) => this.factory = factory;

    [Fact]
    public async Task Behind_a_trusted_proxy_the_forwarded_client_address_is_recorded_and_located()
    {
        var session = await SignInAsync(connection: "10.20.0.5", forwardedFor: "203.0.113.50");

        session.StartIp.Should().Be("203.0.113.50");
        session.City.Should().Be("London");
    }

    [Fact]
    public async Task A_direct_request_with_a_forged_forwarding_header_is_taken_at_its_connection_address()
    {
        var session = await SignInAsync(connection: "198.51.100.23", forwardedFor: "203.0.113.50");

        session.StartIp.Should().Be("198.51.100.23");
    }

    [Fact]
    public async Task A_spoofed_left_most_entry_behind_the_proxy_is_not_believed()
    {
        var session = await SignInAsync(connection: "10.20.0.5", forwardedFor: "203.0.113.99, 198.51.100.23");

        session.StartIp.Should().Be("198.51.100.23");
    }

    [Fact]
    public async Task A_malformed_forwarded_entry_leaves_the_address_unknown_not_the_proxys()
    {
        var session = await SignInAsync(connection: "10.20.0.5", forwardedFor: "unknown");

        session.StartIp.Should().BeNull();
        session.LocationKind.Should().Be(Rackwave.Security.Locations.LocationKind.Unknown);
    }

    [Fact]
    public async Task A_mapped_ipv6_connection_reads_as_ipv4()
    {
        var session = await SignInAsync(connection: "::ffff:203.0.113.7", forwardedFor: null);

        session.StartIp.Should().Be("203.0.113.7");
        session.Country.Should().Be("United Kingdom");
    }

    [Fact]
    public async Task Behind_a_trusted_proxy_that_ends_tls_the_session_cookie_is_marked_secure()
    {
        var cookie = await SessionCookieAsync(connection: "10.20.0.5", forwardedProto: "https");

        cookie.Should().Contain("secure");
    }

    [Fact]
    public async Task A_direct_request_claiming_https_does_not_get_a_secure_only_cookie()
    {
        var cookie = await SessionCookieAsync(connection: "198.51.100.23", forwardedProto: "https");

        cookie.Should().NotContain("secure");
    }

    private async Task<string> SessionCookieAsync(string connection, string forwardedProto)
    {
        var user = await factory.CreateUserAsync($"{Guid.NewGuid():N}@example.com");
        using var browser = PortalClient.Create(factory);
        browser.Http.DefaultRequestHeaders.Add(ConnectionAddressStartupFilter.Header, connection);
        browser.Http.DefaultRequestHeaders.Add("X-Forwarded-Proto", forwardedProto);

        var response = await browser.SignInAsync(user.Email!);

        response.StatusCode.Should().Be(System.Net.HttpStatusCode.Redirect);
        return response.Headers.GetValues("Set-Cookie")
            .Single(c => c.StartsWith("Rackwave.Auth=", StringComparison.Ordinal))
            .ToLowerInvariant();
    }

    private async Task<Rackwave.Security.Sessions.UserSession> SignInAsync(string connection, string? forwardedFor)
    {
        var user = await factory.CreateUserAsync($"{Guid.NewGuid():N}@example.com");
        using var browser = PortalClient.Create(factory);
        browser.Http.DefaultRequestHeaders.Add(ConnectionAddressStartupFilter.Header, connection);
        if (forwardedFor is not null)
        {
            browser.Http.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        }

        (await browser.SignInAsync(user.Email!)).StatusCode.Should().Be(System.Net.HttpStatusCode.Redirect);
        return (await factory.ActiveSessionsOfAsync(user.Id)).Single();
    }

    public sealed class ProxiedPortal : PortalFactory
    {
        public ProxiedPortal() => Settings["Network:TrustedProxies:0"] = "10.20.0.0/16";
    }
}
