using System.Net;
using Rackwave.Security.Tests.Support;

namespace Rackwave.Security.Tests.Admin;

/// <summary>
/// An operator grants the SecurityAdmin role with configuration alone: <c>Security:AdminEmails</c>
/// reaches accounts that exist at start and accounts that register later, and no others.
/// </summary>
public sealed class AdminEmailsConfigurationTests : IDisposable
{
    private const string ConsolePath = "/admin/sessions";
    private const string ListedLater = "Newcomer.Admin@Example.com";

    private readonly string _listedAtStart = $"{Guid.NewGuid():N}@example.com";
    private readonly PortalFactory _factory = new();

    public AdminEmailsConfigurationTests()
    {
        _factory.Settings["Security:AdminEmails:0"] = _listedAtStart;

        // Listed in another case than it registers with: e-mails compare without case.
        _factory.Settings["Security:AdminEmails:1"] = ListedLater.ToLowerInvariant();
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_listed_account_that_existed_before_start_is_an_admin_after_start()
    {
        var existing = await _factory.CreateUserAsync(_listedAtStart);
        var unlisted = await _factory.CreateUserAsync($"{Guid.NewGuid():N}@example.com");

        // What runs at start runs again on the next start, over the same database.
        using var restarted = _factory.Restarted();

        (await ConsoleStatusAsync(restarted, existing.Email!)).Should().Be(HttpStatusCode.OK);
        (await ConsoleStatusAsync(restarted, unlisted.Email!)).Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_listed_address_that_registers_later_is_an_admin_from_its_first_sign_in()
    {
        using var browser = PortalClient.Create(_factory);

        var registered = await browser.PostFormAsync("/Account/Register", "register", new Dictionary<string, string>
        {
            ["Input.Email"] = ListedLater,
            ["Input.Password"] = PortalFactory.Password,
            ["Input.ConfirmPassword"] = PortalFactory.Password,
        });

        registered.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await browser.GetAsync(ConsolePath)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_address_that_is_not_listed_registers_as_an_ordinary_user()
    {
        using var browser = PortalClient.Create(_factory);

        await browser.PostFormAsync("/Account/Register", "register", new Dictionary<string, string>
        {
            ["Input.Email"] = "someone.else@example.com",
            ["Input.Password"] = PortalFactory.Password,
            ["Input.ConfirmPassword"] = PortalFactory.Password,
        });

        (await browser.GetAsync("/account/security/sessions")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await browser.GetAsync(ConsolePath)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    private static async Task<HttpStatusCode> ConsoleStatusAsync(PortalFactory portal, string email)
    {
        using var browser = PortalClient.Create(portal);
        var signedIn = await browser.SignInAsync(email);
        signedIn.StatusCode.Should().Be(HttpStatusCode.Redirect);
        return (await browser.GetAsync(ConsolePath)).StatusCode;
    }
}
