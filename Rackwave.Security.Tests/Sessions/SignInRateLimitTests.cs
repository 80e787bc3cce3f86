using System.Net;
using Rackwave.Security.Tests.Support;

namespace Rackwave.Security.Tests.Sessions;

/// <summary>One address gets a few sign-in attempts a minute; others are not held up by it.</summary>
public sealed class SignInRateLimitTests : IDisposable
{
    private readonly PortalFactory _factory = new();

    public SignInRateLimitTests() => _factory.Settings["Accounts:SignInAttemptsPerMinute"] = "3";

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Attempts_beyond_the_limit_get_a_page_that_says_to_wait_and_record_nothing()
    {
        var user = await _factory.CreateUserAsync($"{Guid.NewGuid():N}@example.com");
        using var attacker = ClientAt("198.51.100.23");
        for (var i = 0; i < 3; i++)
        {
            (await attacker.SignInAsync($"guess{i}@example.com", "Wrong-password-1"))
                .StatusCode.Should().Be(HttpStatusCode.OK);
        }

        var refused = await attacker.SignInAsync(user.Email!);

        refused.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter.Should().NotBeNull();
        (await refused.Content.ReadAsStringAsync()).Should().Contain("Too many sign-in attempts");
        (await _factory.ActiveSessionsOfAsync(user.Id)).Should().BeEmpty("the refused attempt never ran");
    }

    [Fact]
    public async Task Another_address_still_signs_in_and_pages_are_not_limited()
    {
        var user = await _factory.CreateUserAsync($"{Guid.NewGuid():N}@example.com");
        using var attacker = ClientAt("198.51.100.23");
        for (var i = 0; i < 4; i++)
        {
            await attacker.SignInAsync($"guess{i}@example.com", "Wrong-password-1");
        }

        using var owner = ClientAt("203.0.113.50");
        (await owner.SignInAsync(user.Email!)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await attacker.GetAsync("/Account/Login")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Addresses_of_one_ipv6_network_share_an_allowance()
    {
        for (var i = 1; i <= 3; i++)
        {
            using var attempt = ClientAt($"2001:db8:1:2::{i:x}");
            await attempt.SignInAsync($"guess{i}@example.com", "Wrong-password-1");
        }

        using var sameNetwork = ClientAt("2001:db8:1:2::ff");
        using var otherNetwork = ClientAt("2001:db8:1:3::1");

        (await sameNetwork.SignInAsync("guess@example.com", "Wrong-password-1"))
            .StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        (await otherNetwork.SignInAsync("guess@example.com", "Wrong-password-1"))
            .StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private PortalClient ClientAt(string address)
    {
        var client = PortalClient.Create(_factory);
        client.Http.DefaultRequestHeaders.Add(ConnectionAddressStartupFilter.Header, address);
        return client;
    }
}
