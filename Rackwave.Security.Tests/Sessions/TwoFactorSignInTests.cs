using System.Net;
using Microsoft.Extensions.Options;
using Rackwave.Security.Audit;
using Rackwave.Security.Persistence;
using Rackwave.Security.Sessions;
using Rackwave.Security.Tests.Support;
using Rackwave.Security.Web.Components.Audit;

namespace Rackwave.Security.Tests.Sessions;

/// <summary>Signing in with a password and an authenticator app's code, as a person does.</summary>
public sealed class TwoFactorSignInTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_code_signs_in_one_device_and_the_same_code_is_refused_on_another()
    {
        var (user, key) = await UserWithAuthenticatorAsync();
        var code = Totp.Code(key, DateTimeOffset.UtcNow);
        using var laptop = PortalClient.Create(factory);
        using var onlooker = PortalClient.Create(factory, SessionTestHost.SafariOnIPhone);

        var laptopSignIn = await SignInWithCodeAsync(laptop, user.Email!, code);
        var replay = await SignInWithCodeAsync(onlooker, user.Email!, code);

        laptopSignIn.StatusCode.Should().Be(HttpStatusCode.Redirect);
        replay.StatusCode.Should().Be(HttpStatusCode.OK);
        (await replay.Content.ReadAsStringAsync()).Should().Contain("already used");
        (await factory.ActiveSessionsOfAsync(user.Id)).Should().ContainSingle()
            .Which.DeviceName.Should().Be("Windows PC");
    }

    [Fact]
    public async Task A_used_code_stays_refused_after_another_code_was_used()
    {
        var (user, key) = await UserWithAuthenticatorAsync();
        var now = DateTimeOffset.UtcNow;
        var earlier = Totp.Code(key, now.AddSeconds(-30));
        var current = Totp.Code(key, now);
        using var laptop = PortalClient.Create(factory);
        using var phone = PortalClient.Create(factory, SessionTestHost.SafariOnIPhone);
        using var onlooker = PortalClient.Create(factory, SessionTestHost.SafariOnIPhone);

        (await SignInWithCodeAsync(laptop, user.Email!, earlier)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await SignInWithCodeAsync(phone, user.Email!, current)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var replay = await SignInWithCodeAsync(onlooker, user.Email!, earlier);

        replay.StatusCode.Should().Be(HttpStatusCode.OK, "the laptop's code was seen and used again");
        (await factory.ActiveSessionsOfAsync(user.Id)).Should().HaveCount(2);
    }

    [Fact]
    public async Task A_code_entered_after_the_password_was_changed_elsewhere_starts_no_usable_session()
    {
        var (user, key) = await UserWithAuthenticatorAsync();
        using var browser = PortalClient.Create(factory);
        var password = await browser.SignInAsync(user.Email!);
        var changed = await factory.WithAccountAsync(
            user.Id, (users, owner) => users.ChangePasswordAsync(owner, PortalFactory.Password, "Brand-new-pass-2"));
        changed.Succeeded.Should().BeTrue();

        await browser.PostFormAsync(
            password.RedirectTarget(), "login-with-2fa",
            new Dictionary<string, string> { ["Input.TwoFactorCode"] = Totp.Code(key, DateTimeOffset.UtcNow) });

        (await factory.ActiveSessionsOfAsync(user.Id))
            .Should().BeEmpty("the password it was started with had been changed");
        var next = await browser.GetAsync("/account/security/sessions");
        next.StatusCode.Should().Be(HttpStatusCode.Redirect);
        next.RedirectTarget().Should().StartWith("/Account/Login").And.Contain("ended=password-changed");
    }

    [Fact]
    public async Task A_sign_in_with_a_recovery_code_says_so_in_the_history()
    {
        var (user, _) = await UserWithAuthenticatorAsync();
        var recoveryCodes = await factory.WithAccountAsync(
            user.Id, (users, owner) => users.GenerateNewTwoFactorRecoveryCodesAsync(owner, 1));
        var recoveryCode = recoveryCodes!.Single();

        using var browser = PortalClient.Create(factory);
        var password = await browser.SignInAsync(user.Email!);
        var recoveryPage = password.RedirectTarget()
            .Replace("LoginWith2fa", "LoginWithRecoveryCode", StringComparison.Ordinal);
        var signedIn = await browser.PostFormAsync(
            recoveryPage, "login-with-recovery-code",
            new Dictionary<string, string> { ["Input.RecoveryCode"] = recoveryCode });

        signedIn.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var (history, _) = await factory.Get<AuditQueries>().ListForUserAsync(user.Id, page: 0, pageSize: 50);
        var signIn = history.Should().ContainSingle(e => e.Kind == AuditEventKind.SignedIn).Subject;
        var policy = factory.Get<IOptions<SessionPolicy>>().Value;
        AuditText.Headline(signIn, policy).Should().StartWith("Signed in on");
        AuditText.Detail(signIn).Should().Be("With a recovery code");
    }

    [Fact]
    public async Task A_wrong_code_starts_no_session()
    {
        var (user, key) = await UserWithAuthenticatorAsync();
        var right = Totp.Code(key, DateTimeOffset.UtcNow);
        using var browser = PortalClient.Create(factory);

        var response = await SignInWithCodeAsync(browser, user.Email!, right == "000000" ? "111111" : "000000");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await factory.ActiveSessionsOfAsync(user.Id)).Should().BeEmpty();
    }

    [Theory]
    [InlineData("/Account/LoginWith2fa")]
    [InlineData("/Account/LoginWithRecoveryCode")]
    public async Task The_code_pages_without_the_password_step_send_the_browser_to_sign_in(string page)
    {
        using var browser = PortalClient.Create(factory);

        var response = await browser.GetAsync(page + "?ReturnUrl=%2Faccount%2Fsecurity%2Factivity");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.RedirectTarget().Should().Be("/Account/Login?ReturnUrl=%2Faccount%2Fsecurity%2Factivity");
    }

    [Theory]
    [InlineData("/Account/Manage/Disable2fa")]
    [InlineData("/Account/Manage/GenerateRecoveryCodes")]
    public async Task Two_factor_pages_for_an_account_without_it_go_back_to_its_settings(string page)
    {
        var user = await factory.CreateUserAsync($"{Guid.NewGuid():N}@example.com");
        using var browser = PortalClient.Create(factory);
        await browser.SignInAsync(user.Email!);

        var response = await browser.GetAsync(page);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.RedirectTarget().Should().Be("/Account/Manage/TwoFactorAuthentication");
    }

    [Fact]
    public async Task Turning_off_two_factor_that_is_already_off_changes_nothing()
    {
        var user = await factory.CreateUserAsync($"{Guid.NewGuid():N}@example.com");
        using var browser = PortalClient.Create(factory);
        await browser.SignInAsync(user.Email!);
        var before = (await factory.ActiveSessionsOfAsync(user.Id)).Single();

        var response = await browser.PostFormAsync(
            "/Account/Manage/TwoFactorAuthentication", "/Account/Manage/Disable2fa", "disable-2fa",
            new Dictionary<string, string>());

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.RedirectTarget().Should().Be("/Account/Manage/TwoFactorAuthentication");
        (await factory.ActiveSessionsOfAsync(user.Id)).Should().ContainSingle().Which.Id.Should().Be(before.Id);
    }

    private static async Task<HttpResponseMessage> SignInWithCodeAsync(PortalClient browser, string email, string code)
    {
        var password = await browser.SignInAsync(email);
        password.RedirectTarget().Should().StartWith("/Account/LoginWith2fa");
        return await browser.PostFormAsync(
            password.RedirectTarget(),
            "login-with-2fa",
            new Dictionary<string, string> { ["Input.TwoFactorCode"] = code });
    }

    private async Task<(ApplicationUser User, string Key)> UserWithAuthenticatorAsync()
    {
        var created = await factory.CreateUserAsync($"{Guid.NewGuid():N}@example.com");
        return await factory.WithAccountAsync(created.Id, async (users, user) =>
        {
            await users.ResetAuthenticatorKeyAsync(user);
            var key = (await users.GetAuthenticatorKeyAsync(user))!;
            (await users.SetTwoFactorEnabledAsync(user, true)).Succeeded.Should().BeTrue();
            return (user, key);
        });
    }
}
