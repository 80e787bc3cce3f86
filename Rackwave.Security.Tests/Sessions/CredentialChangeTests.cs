using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rackwave.Security.Audit;
using Rackwave.Security.Persistence;
using Rackwave.Security.Sessions;
using Rackwave.Security.Tests.Support;
using Rackwave.Security.Web.Components.Audit;

namespace Rackwave.Security.Tests.Sessions;

public sealed partial class CredentialChangeTests : IClassFixture<PortalFactory>
{
    private const string SessionsPage = "/account/security/sessions";
    private readonly PortalFactory factory;

    public CredentialChangeTests(PortalFactory factory) => this.factory = factory;

    [Fact]
    public async Task Changing_the_password_ends_every_session_and_the_changing_device_goes_on_in_a_new_one()
    {
        var (user, laptop, phone) = await TwoDevicesAsync();
        var laptopOldCookie = laptop.CookieHeader;
        var before = await factory.ActiveSessionsOfAsync(user.Id);

        var response = await ChangePasswordAsync(laptop);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        await ExpectEveryOldSessionEndedAsync(user.Id, before, SessionEndReason.PasswordChanged);
        (await laptop.GetAsync(SessionsPage)).StatusCode
            .Should().Be(HttpStatusCode.OK, "the changing device continues");
        laptop.CookieHeader.Should().NotBe(laptopOldCookie);
        await ExpectRefusedAsync(laptopOldCookie, "password-changed");
        await ExpectRefusedAsync(phone.CookieHeader, "password-changed");
        (await factory.ActiveSessionsOfAsync(user.Id)).Should().ContainSingle();
        (await AuditKindsAsync(user.Id)).Should().Contain(AuditEventKind.PasswordChanged);
    }

    [Fact]
    public async Task A_password_change_is_recorded_with_the_session_address_and_device_that_made_it()
    {
        var (user, laptop, _) = await TwoDevicesAsync();
        var laptopSession = (await factory.ActiveSessionsOfAsync(user.Id)).Single(s => s.DeviceName == "Windows PC");
        laptop.Http.DefaultRequestHeaders.Add(ConnectionAddressStartupFilter.Header, "203.0.113.50");

        await ChangePasswordAsync(laptop);

        await using var db = factory.Get<IDbContextFactory<SecurityDbContext>>().CreateDbContext();
        var change = await db.AuditEntries
            .SingleAsync(a => a.UserId == user.Id && a.Kind == AuditEventKind.PasswordChanged);
        change.SessionId.Should().Be(laptopSession.Id);
        change.Ip.Should().Be("203.0.113.50");
        change.Device.Should().Be("Chrome 125 · Windows PC");
        change.Location.Should().Be("London, United Kingdom");
        change.Detail.Should().Be("With the current password");
    }

    [Fact]
    public async Task A_failed_sign_in_keeps_the_device_and_no_free_text_posing_as_an_address()
    {
        using var stranger = PortalClient.Create(factory, SessionTestHost.SafariOnIPhone);
        const string Typed = "Security alert: admin@rackwave.test signed in from abroad, call +1-555-0100";

        await stranger.SignInAsync(Typed, "Whatever-1");

        await using var db = factory.Get<IDbContextFactory<SecurityDbContext>>().CreateDbContext();
        var failures = await db.AuditEntries.Where(a => a.Kind == AuditEventKind.SignInFailed).ToListAsync();
        failures.Should().NotContain(a => a.UserEmail == Typed);
        var failure = failures.Should().ContainSingle(a => a.UserEmail == "(not an e-mail address)").Subject;
        failure.Device.Should().Be("Safari 17.4 · iPhone");
        failure.SessionId.Should().BeNull();
    }

    [Fact]
    public async Task Resetting_the_password_by_e_mail_link_ends_every_session()
    {
        var (user, laptop, phone) = await TwoDevicesAsync();
        var before = await factory.ActiveSessionsOfAsync(user.Id);
        var token = await factory.WithAccountAsync(
            user.Id, (users, owner) => users.GeneratePasswordResetTokenAsync(owner));
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

        using var stranger = PortalClient.Create(factory);
        var response = await stranger.PostFormAsync(
            $"/Account/ResetPassword?code={code}", "reset-password",
            new Dictionary<string, string>
            {
                ["Input.Email"] = user.Email!,
                ["Input.Password"] = "Reset-pass-3",
                ["Input.ConfirmPassword"] = "Reset-pass-3",
                ["Input.Code"] = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code)),
            });

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.RedirectTarget().Should().Contain("ResetPasswordConfirmation");
        await ExpectEveryOldSessionEndedAsync(user.Id, before, SessionEndReason.PasswordChanged);
        await ExpectRefusedAsync(laptop.CookieHeader, "password-changed");
        await ExpectRefusedAsync(phone.CookieHeader, "password-changed");
        (await factory.ActiveSessionsOfAsync(user.Id)).Should().BeEmpty();
    }

    [Fact]
    public async Task Turning_two_factor_on_and_off_ends_every_session_each_time()
    {
        var (user, laptop, phone) = await TwoDevicesAsync();
        var before = await factory.ActiveSessionsOfAsync(user.Id);
        var keyPage = await (await laptop.GetAsync("/Account/Manage/EnableAuthenticator")).Content.ReadAsStringAsync();
        keyPage.Should().Contain("data:image/png;base64,", "the page shows a real QR code");
        var key = SharedKey().Match(keyPage).Groups[1].Value;

        var enabled = await laptop.PostFormAsync(
            "/Account/Manage/EnableAuthenticator", "send-code",
            new Dictionary<string, string>
            {
                ["Input.Code"] = Totp.Code(key, DateTimeOffset.UtcNow),
            });

        enabled.StatusCode.Should().Be(HttpStatusCode.OK, enabled.Headers.Location?.ToString());
        (await enabled.Content.ReadAsStringAsync()).Should().Contain("recovery codes");
        await ExpectEveryOldSessionEndedAsync(user.Id, before, SessionEndReason.TwoFactorChanged);
        await ExpectRefusedAsync(phone.CookieHeader, "two-factor-changed");
        (await laptop.GetAsync(SessionsPage)).StatusCode.Should().Be(HttpStatusCode.OK);

        var afterEnable = await factory.ActiveSessionsOfAsync(user.Id);
        var disabled = await laptop.PostFormAsync(
            "/Account/Manage/Disable2fa", "disable-2fa", new Dictionary<string, string>());

        disabled.StatusCode.Should().Be(HttpStatusCode.Redirect);
        await ExpectEveryOldSessionEndedAsync(user.Id, afterEnable, SessionEndReason.TwoFactorChanged);
        (await laptop.GetAsync(SessionsPage)).StatusCode.Should().Be(HttpStatusCode.OK);
        var kinds = await AuditKindsAsync(user.Id);
        kinds.Should().Contain(AuditEventKind.TwoFactorEnabled).And.Contain(AuditEventKind.TwoFactorDisabled);
    }

    [Fact]
    public async Task The_history_says_the_changing_device_was_kept_signed_in_not_signed_in_anew()
    {
        var (user, laptop, _) = await TwoDevicesAsync();

        await ChangePasswordAsync(laptop);

        await using var db = await factory.Get<IDbContextFactory<SecurityDbContext>>().CreateDbContextAsync();
        var signIns = await db.AuditEntries
            .Where(a => a.UserId == user.Id && a.Kind == AuditEventKind.SignedIn).OrderBy(a => a.Id).ToListAsync();
        var policy = factory.Get<IOptions<SessionPolicy>>().Value;
        var lines = signIns.Select(AuditRecord.From)
            .Select(r => (AuditText.Headline(r, policy), AuditText.Detail(r))).ToList();

        lines.Should().HaveCount(3, "the laptop and the phone signed in; then the laptop was kept signed in");
        lines[0].Item1.Should().StartWith("Signed in on Chrome");
        lines[0].Item2.Should().BeNull();
        lines[2].Item1.Should().StartWith("Kept signed in on Chrome");
        lines[2].Item2.Should().Be("A new session, after the password change made on this device");
    }

    [Fact]
    public async Task Changing_the_e_mail_address_is_recorded_with_the_old_one_and_signs_no_one_out()
    {
        var (user, laptop, phone) = await TwoDevicesAsync();
        var before = await factory.ActiveSessionsOfAsync(user.Id);
        var newEmail = $"{Guid.NewGuid():N}@example.net";
        var changed = await factory.WithAccountAsync(user.Id, async (users, owner) =>
            await users.ChangeEmailAsync(owner, newEmail, await users.GenerateChangeEmailTokenAsync(owner, newEmail)));
        changed.Succeeded.Should().BeTrue();

        await using var db = await factory.Get<IDbContextFactory<SecurityDbContext>>().CreateDbContextAsync();
        var change = await db.AuditEntries
            .SingleAsync(a => a.UserId == user.Id && a.Kind == AuditEventKind.EmailChanged);
        var record = AuditRecord.From(change);
        var policy = factory.Get<IOptions<SessionPolicy>>().Value;
        AuditText.Headline(record, policy).Should().Be($"E-mail address changed to {newEmail}");
        AuditText.Detail(record).Should().StartWith($"From {user.Email}");
        (await factory.ActiveSessionsOfAsync(user.Id)).Select(s => s.Id)
            .Should().BeEquivalentTo(before.Select(s => s.Id));
    }

    [Fact]
    public async Task Locking_an_account_ends_its_sessions()
    {
        var (user, laptop, _) = await TwoDevicesAsync();
        await factory.WithAccountAsync(
            user.Id, (users, owner) => users.SetLockoutEndDateAsync(owner, DateTimeOffset.UtcNow.AddDays(1)));

        await ExpectRefusedAsync(laptop.CookieHeader, "locked");
        (await factory.ActiveSessionsOfAsync(user.Id)).Should().BeEmpty();
    }

    [Fact]
    public async Task Deleting_an_account_ends_its_sessions_and_records_it()
    {
        var (user, laptop, phone) = await TwoDevicesAsync();
        var phoneCookie = phone.CookieHeader;

        var response = await laptop.PostFormAsync(
            "/Account/Manage/DeletePersonalData", "delete-user",
            new Dictionary<string, string>
            {
                ["Input.Password"] = PortalFactory.Password,
            });

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        using var replay = PortalClient.WithCookieHeader(factory, phoneCookie);
        (await replay.GetAsync(SessionsPage)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await AuditKindsAsync(user.Id)).Should().Contain(AuditEventKind.AccountDeleted);
        await using var db = await factory.Get<IDbContextFactory<SecurityDbContext>>().CreateDbContextAsync();
        var kept = await db.AuditEntries.Where(a => a.UserId == user.Id || a.ActorUserId == user.Id).ToListAsync();
        kept.Should().NotBeEmpty("the security record stays")
            .And.AllSatisfy(a =>
            {
                a.UserEmail.Should().BeNull("the address left with the account");
                a.ActorEmail.Should().BeNull();
            });
    }

    [Fact]
    public async Task Failed_sign_in_lockout_does_not_sign_the_owner_out()
    {
        var (user, laptop, _) = await TwoDevicesAsync();
        using var attacker = PortalClient.Create(factory);

        for (var i = 0; i < 6; i++)
        {
            await attacker.SignInAsync(user.Email!, "Guessing-wrong-1");
        }

        (await laptop.GetAsync(SessionsPage)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await AuditKindsAsync(user.Id)).Should().Contain(AuditEventKind.SignInFailed);
    }

    private async Task<(ApplicationUser User, PortalClient Laptop, PortalClient Phone)> TwoDevicesAsync()
    {
        var user = await factory.CreateUserAsync($"{Guid.NewGuid():N}@example.com");
        var laptop = PortalClient.Create(factory);
        var phone = PortalClient.Create(factory, SessionTestHost.SafariOnIPhone);
        (await laptop.SignInAsync(user.Email!)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await phone.SignInAsync(user.Email!)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        return (user, laptop, phone);
    }

    private async Task ExpectEveryOldSessionEndedAsync(string userId, List<UserSession> before, SessionEndReason reason)
    {
        await using var db = await factory.Get<IDbContextFactory<SecurityDbContext>>().CreateDbContextAsync();
        var ids = before.Select(s => s.Id).ToList();
        var rows = await db.Sessions.Where(s => ids.Contains(s.Id)).ToListAsync();
        rows.Should().HaveCount(before.Count).And.OnlyContain(s => s.EndReason == reason && s.EndedAt != null);
    }

    private async Task ExpectRefusedAsync(string cookieHeader, string endedCode)
    {
        using var replay = PortalClient.WithCookieHeader(factory, cookieHeader);
        var response = await replay.GetAsync(SessionsPage);
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.RedirectTarget().Should().StartWith("/Account/Login").And.Contain($"ended={endedCode}");
    }

    /// <summary>Changes the password on the account's Password page, as its owner does.</summary>
    private static Task<HttpResponseMessage> ChangePasswordAsync(PortalClient device) =>
        device.PostFormAsync(
            "/Account/Manage/ChangePassword", "change-password",
            new Dictionary<string, string>
            {
                ["Input.OldPassword"] = PortalFactory.Password,
                ["Input.NewPassword"] = "Brand-new-pass-2",
                ["Input.ConfirmPassword"] = "Brand-new-pass-2",
            });

    private async Task<List<AuditEventKind>> AuditKindsAsync(string userId)
    {
        await using var db = await factory.Get<IDbContextFactory<SecurityDbContext>>().CreateDbContextAsync();
        return await db.AuditEntries.Where(a => a.UserId == userId).Select(a => a.Kind).ToListAsync();
    }

    [GeneratedRegex("class=\"rw-key\">([a-z0-9 ]+)<")]
    private static partial Regex SharedKey();
}
