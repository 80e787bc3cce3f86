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
