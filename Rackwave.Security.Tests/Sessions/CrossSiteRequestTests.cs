using System.Net;
using Rackwave.Security.Tests.Support;

namespace Rackwave.Security.Tests.Sessions;

/// <summary>
/// A page on another site can make a signed-in browser post to us. Without this site's
/// antiforgery token, such a post neither signs anyone out nor hands out their data.
/// </summary>
public sealed class CrossSiteRequestTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_sign_out_posted_without_our_token_is_refused_and_the_session_runs_on()
    {
        var user = await factory.CreateUserAsync($"{Guid.NewGuid():N}@example.com");
        using var browser = PortalClient.Create(factory);
        await browser.SignInAsync(user.Email!);

        var forged = await browser.Http.PostAsync("/Account/Logout", new FormUrlEncodedContent([]));

        forged.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        forged.Headers.Contains("Set-Cookie").Should().BeFalse("a refused sign-out must not clear cookies either");
        (await factory.ActiveSessionsOfAsync(user.Id)).Should().ContainSingle();
        (await browser.GetAsync("/account/security/sessions")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_sign_out_from_our_own_page_ends_the_session()
    {
        var user = await factory.CreateUserAsync($"{Guid.NewGuid():N}@example.com");
        using var browser = PortalClient.Create(factory);
        await browser.SignInAsync(user.Email!);

        var response = await browser.SignOutAsync();

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await factory.ActiveSessionsOfAsync(user.Id)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_page_form_posted_without_our_token_changes_nothing_and_says_so_plainly()
    {
        var user = await factory.CreateUserAsync($"{Guid.NewGuid():N}@example.com");
        using var browser = PortalClient.Create(factory);
        await browser.SignInAsync(user.Email!);

        var forged = await browser.Http.PostAsync("/Account/Manage/ChangePassword", new FormUrlEncodedContent(
            new Dictionary<string, string>
            {
                ["_handler"] = "change-password",
                ["Input.OldPassword"] = PortalFactory.Password,
                ["Input.NewPassword"] = "Forged-pass-9",
                ["Input.ConfirmPassword"] = "Forged-pass-9",
            }));

        forged.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var page = await forged.Content.ReadAsStringAsync();
        page.Should().Contain("This request could not be handled").And.NotContain("antiforgery");
        (await factory.ActiveSessionsOfAsync(user.Id)).Should().ContainSingle("the password did not change");
    }

    [Fact]
    public async Task The_personal_data_download_needs_our_token()
    {
        var user = await factory.CreateUserAsync($"{Guid.NewGuid():N}@example.com");
        using var browser = PortalClient.Create(factory);
        await browser.SignInAsync(user.Email!);

        var forged = await browser.Http.PostAsync(
            "/Account/Manage/DownloadPersonalData", new FormUrlEncodedContent([]));
        var genuine = await browser.PostFormAsync(
            "/Account/Manage/PersonalData",
            "/Account/Manage/DownloadPersonalData",
            "download",
            new Dictionary<string, string>());

        forged.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        genuine.StatusCode.Should().Be(HttpStatusCode.OK);
        (await genuine.Content.ReadAsStringAsync()).Should().Contain(user.Email!);
    }
}
