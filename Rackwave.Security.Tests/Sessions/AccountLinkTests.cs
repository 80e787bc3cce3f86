using System.Net;
using Rackwave.Security.Tests.Support;

namespace Rackwave.Security.Tests.Sessions;

/// <summary>E-mailed links that arrive cut short or mangled get a plain answer, not an error page.</summary>
public sealed class AccountLinkTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("!!!")]
    [InlineData("A")]
    public async Task A_mangled_password_reset_code_says_the_link_is_not_valid(string code)
    {
        using var browser = PortalClient.Create(factory);

        var response = await browser.GetAsync("/Account/ResetPassword?code=" + Uri.EscapeDataString(code));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.RedirectTarget().Should().StartWith("/Account/InvalidPasswordReset");
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
