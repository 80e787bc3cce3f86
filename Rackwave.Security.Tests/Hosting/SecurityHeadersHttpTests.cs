using System.Net;
using Rackwave.Security.Tests.Support;

namespace Rackwave.Security.Tests.Hosting;

/// <summary>
/// Every response carries exactly one Content-Security-Policy, ours: Blazor's interactive server
/// render mode adds a laxer <c>frame-ancestors 'self'</c> of its own to pages unless it is replaced.
/// </summary>
public sealed class SecurityHeadersHttpTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/Account/Login")]
    [InlineData("/health")]
    [InlineData("/no-such-page")]
    public async Task A_response_has_one_policy_that_forbids_all_framing(string path)
    {
        using var browser = PortalClient.Create(factory);

        var response = await browser.GetAsync(path);

        response.StatusCode.Should().BeOneOf(HttpStatusCode.OK, HttpStatusCode.NotFound);
        response.Headers.GetValues("Content-Security-Policy").Should().ContainSingle()
            .Which.Should().Be("frame-ancestors 'none'");
        response.Headers.GetValues("X-Frame-Options").Should().ContainSingle().Which.Should().Be("DENY");
    }

    [Fact]
    public async Task A_signed_in_interactive_page_has_one_policy_too()
    {
        var user = await factory.CreateUserAsync($"{Guid.NewGuid():N}@example.com");
        using var browser = PortalClient.Create(factory);
        await browser.SignInAsync(user.Email!);

        var response = await browser.GetAsync("/account/security/sessions");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.GetValues("Content-Security-Policy").Should().ContainSingle()
            .Which.Should().Be("frame-ancestors 'none'");
    }
}
