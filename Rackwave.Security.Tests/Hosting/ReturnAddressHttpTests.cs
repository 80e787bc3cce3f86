using System.Net;
using Rackwave.Security.Tests.Support;

namespace Rackwave.Security.Tests.Hosting;

/// <summary>
/// Where the portal sends people back to after signing in or switching theme: any page of this
/// site, whatever letters its address holds, and never another site. The portal runs on Kestrel
/// here: only a real server refuses a header it cannot send, as browsers would meet it.
/// </summary>
public sealed class ReturnAddressHttpTests(ReturnAddressHttpTests.KestrelPortal factory)
    : IClassFixture<ReturnAddressHttpTests.KestrelPortal>
{
    public sealed class KestrelPortal : PortalFactory
    {
        public KestrelPortal() => Address = StartOnKestrel();

        public Uri Address { get; }
    }

    [Fact]
    public async Task Signing_in_returns_to_a_page_whose_address_has_letters_outside_ascii()
    {
        var user = await factory.CreateUserAsync($"{Guid.NewGuid():N}@example.com");
        using var browser = PortalClient.Create(factory, server: factory.Address);

        var response = await browser.SignInAsync(user.Email!, returnUrl: "/café?q=ü");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.RedirectTarget().Should().Be("/caf%C3%A9?q=%C3%BC");
        (await factory.ActiveSessionsOfAsync(user.Id)).Should().ContainSingle();
        (await browser.GetAsync("/account/security/sessions")).StatusCode
            .Should().Be(HttpStatusCode.OK, "the browser got the cookie of the session that was started");
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    public async Task Signing_in_never_sends_the_browser_to_another_site(string returnUrl)
    {
        var user = await factory.CreateUserAsync($"{Guid.NewGuid():N}@example.com");
        using var browser = PortalClient.Create(factory, server: factory.Address);

        var response = await browser.SignInAsync(user.Email!, returnUrl: returnUrl);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.RedirectTarget().Should().Be("/");
    }

    [Theory]
    [InlineData("/caf%C3%A9", "/caf%C3%A9")]
    [InlineData("/%F0%9F%94%92 lock", "/%F0%9F%94%92%20lock")]
    [InlineData("/account/security/sessions?page=2", "/account/security/sessions?page=2")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example/", "/")]
    [InlineData("https://evil.example/", "/")]
    public async Task Switching_theme_goes_back_to_the_page_on_this_site(string returnUrl, string expected)
    {
        using var browser = PortalClient.Create(factory, server: factory.Address);

        var response = await browser.GetAsync(
            "/preferences/theme?dark=true&returnUrl=" + Uri.EscapeDataString(Uri.UnescapeDataString(returnUrl)));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.RedirectTarget().Should().Be(expected);
        response.Headers.GetValues("Set-Cookie").Should().Contain(c => c.Contains("=dark", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_theme_switch_on_a_missing_page_returns_to_the_address_asked_for()
    {
        using var browser = PortalClient.Create(factory, server: factory.Address);

        var response = await browser.GetAsync("/no-such-page?x=1");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        var html = await response.Content.ReadAsStringAsync();
        var asked = Uri.EscapeDataString("/no-such-page?x=1").Replace("&", "&amp;", StringComparison.Ordinal);
        html.Should().Contain("returnUrl=" + asked)
            .And.NotContain("returnUrl=%2Fstatus");
    }
}
