using System.Net;
using Rackwave.Security.Tests.Support;

namespace Rackwave.Security.Tests.Admin;

/// <summary>Who gets the console over HTTP: admins; others a 403 page; visitors the sign-in page.</summary>
public sealed class AdminConsoleHttpTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string ConsolePath = "/admin/sessions";

    [Fact]
    public async Task A_visitor_who_is_not_signed_in_is_sent_to_sign_in_and_back()
    {
        using var browser = PortalClient.Create(factory);

        var response = await browser.GetAsync(ConsolePath);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.RedirectTarget().Should().StartWith("/Account/Login")
            .And.Contain("ReturnUrl=" + Uri.EscapeDataString(ConsolePath));
    }

    [Theory]
    [InlineData(ConsolePath)]
    [InlineData("/admin")]
    public async Task A_signed_in_user_without_the_role_gets_403_and_a_page_that_says_why(string path)
    {
        var user = await factory.CreateUserAsync($"{Guid.NewGuid():N}@example.com");
        using var browser = PortalClient.Create(factory);
        await browser.SignInAsync(user.Email!);

        var response = await browser.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("data-testid=\"status-page\"").And.Contain("It is for security admins");
        html.Should().NotContain("data-testid=\"admin-sessions\"");
    }

    [Fact]
    public async Task The_user_without_the_role_is_still_signed_in_afterwards()
    {
        var user = await factory.CreateUserAsync($"{Guid.NewGuid():N}@example.com");
        using var browser = PortalClient.Create(factory);
        await browser.SignInAsync(user.Email!);

        await browser.GetAsync(ConsolePath);

        (await browser.GetAsync("/account/security/sessions")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData(ConsolePath)]
    [InlineData("/admin")]
    public async Task A_security_admin_gets_the_console(string path)
    {
        var admin = await factory.CreateUserAsync($"{Guid.NewGuid():N}@example.com", securityAdmin: true);
        using var browser = PortalClient.Create(factory);
        await browser.SignInAsync(admin.Email!);

        var response = await browser.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("data-testid=\"admin-sessions\"").And.Contain("Sessions console");
    }
}
