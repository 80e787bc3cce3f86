using System.Net;
using Rackwave.Security.Tests.Support;

namespace Rackwave.Security.Tests.Sessions;

/// <summary>E-mailed links that arrive cut short or mangled get a plain answer, not an error page.</summary>
public sealed class AccountLinkTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("!!!")]
    [InlineData("A")]
    [InlineData("")]
    public async Task A_mangled_password_reset_code_says_the_link_is_not_valid(string code)
    {
        using var browser = PortalClient.Create(factory);

        var response = await browser.GetAsync("/Account/ResetPassword?code=" + Uri.EscapeDataString(code));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.RedirectTarget().Should().StartWith("/Account/InvalidPasswordReset");
    }

    [Fact]
    public async Task The_lockout_page_says_how_long_and_leads_back_to_sign_in()
    {
        using var browser = PortalClient.Create(factory);

        var html = await (await browser.GetAsync("/Account/Lockout")).Content.ReadAsStringAsync();

        html.Should().Contain("15 minutes")
            .And.Contain("href=\"Account/Login\"").And.Contain("href=\"Account/ForgotPassword\"");
    }

    [Theory]
    [InlineData(429, "Too many sign-in attempts")]
    [InlineData(400, "This request could not be handled")]
    [InlineData(500, "Something went wrong on our side")]
    public async Task A_status_page_answers_with_the_status_it_describes(int code, string title)
    {
        using var browser = PortalClient.Create(factory);

        var response = await browser.GetAsync($"/status/{code}");

        ((int)response.StatusCode).Should().Be(code);
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain(title).And.Contain("Go to sign-in");
    }

    [Theory]
    [InlineData("/not-found")]
    [InlineData("/no-such-page")]
    public async Task A_missing_page_answers_404_and_says_so(string path)
    {
        using var browser = PortalClient.Create(factory);

        var response = await browser.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).Should().Contain("find that page");
    }

    [Fact]
    public async Task A_confirmation_link_for_an_unknown_account_reads_like_any_failed_link()
    {
        using var browser = PortalClient.Create(factory);

        var response = await browser.GetAsync($"/Account/ConfirmEmail?userId={Guid.NewGuid()}&code=abcd");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Error confirming your e-mail address.");
    }

    [Fact]
    public async Task A_mangled_confirmation_code_says_it_failed()
    {
        var user = await factory.CreateUserAsync($"{Guid.NewGuid():N}@example.com");
        using var browser = PortalClient.Create(factory);

        var response = await browser.GetAsync($"/Account/ConfirmEmail?userId={user.Id}&code=%21%21%21");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Error confirming your e-mail address.");
    }
}
