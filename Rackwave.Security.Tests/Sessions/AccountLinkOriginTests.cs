using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Rackwave.Security.Persistence;
using Rackwave.Security.Tests.Support;

namespace Rackwave.Security.Tests.Sessions;

/// <summary>
/// A password-reset link is a key to the account: it must point at the portal, whatever Host the
/// request that asked for it named.
/// </summary>
public sealed class AccountLinkOriginTests
{
    [Fact]
    public async Task With_a_public_address_set_a_forged_host_cannot_redirect_a_reset_link()
    {
        await using var portal = new MailedPortal();
        portal.Settings["Accounts:PublicUrl"] = "https://portal.rackwave.example";
        var user = await portal.CreateUserAsync($"{Guid.NewGuid():N}@example.com");

        var link = await RequestResetLinkAsync(portal, user.Email!, host: "evil.example");

        link.Should().StartWith("https://portal.rackwave.example/Account/ResetPassword?code=");
    }

    [Fact]
    public async Task Without_one_the_link_follows_the_host_the_request_named()
    {
        // Why the setting matters (and why start-up warns without it or AllowedHosts).
        await using var portal = new MailedPortal();
        var user = await portal.CreateUserAsync($"{Guid.NewGuid():N}@example.com");

        var link = await RequestResetLinkAsync(portal, user.Email!, host: "evil.example");

        link.Should().StartWith("http://evil.example/Account/ResetPassword?code=");
    }

    [Theory]
    [InlineData("portal.example.com")]
    [InlineData("ftp://portal.example.com/")]
    [InlineData("https://portal.example.com/?x=1")]
    public void A_public_address_that_is_not_one_stops_start_up(string value)
    {
        using var portal = new MailedPortal();
        portal.Settings["Accounts:PublicUrl"] = value;

        var start = () => portal.CreateClient();

        start.Should().Throw<InvalidOperationException>().WithMessage("*Accounts:PublicUrl*");
    }

    [Fact]
    public void In_production_the_portal_will_not_start_while_any_host_could_steer_the_links()
    {
        using var portal = new MailedPortal { Environment = "Production" };

        var start = () => portal.CreateClient();

        start.Should().Throw<InvalidOperationException>()
            .WithMessage("*Accounts:PublicUrl*").And.Message.Should().Contain("AllowedHosts");
    }

    [Theory]
    [InlineData("Accounts:PublicUrl", "https://portal.rackwave.example/")]
    [InlineData("AllowedHosts", "portal.rackwave.example;localhost")]
    public async Task In_production_either_setting_lets_it_start(string key, string value)
    {
        await using var portal = new MailedPortal { Environment = "Production" };
        portal.Settings[key] = value;

        using var browser = PortalClient.Create(portal);
        var response = await browser.GetAsync("/Account/Login");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private static async Task<string> RequestResetLinkAsync(MailedPortal portal, string email, string host)
    {
        using var browser = PortalClient.Create(portal);
        browser.Http.DefaultRequestHeaders.Host = host;

        var response = await browser.PostFormAsync(
            "/Account/ForgotPassword", "forgot-password", new Dictionary<string, string> { ["Input.Email"] = email });

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        portal.Mail.TryDequeue(out var link).Should().BeTrue("a reset link was sent");
        return link!;
    }

    /// <summary>The portal with its account e-mails kept for the test to read.</summary>
    private sealed class MailedPortal : PortalFactory
    {
        public ConcurrentQueue<string> Mail { get; } = new();

        /// <summary>The environment to run in, when not the tests' own.</summary>
        public string? Environment { get; init; }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            if (Environment is { } environment)
            {
                builder.UseEnvironment(environment);
            }

            builder.ConfigureServices(services =>
                services.Replace(ServiceDescriptor.Singleton<IEmailSender<ApplicationUser>>(new KeptMail(Mail))));
        }
    }

    private sealed class KeptMail(ConcurrentQueue<string> links) : IEmailSender<ApplicationUser>
    {
        public Task SendConfirmationLinkAsync(ApplicationUser user, string email, string confirmationLink) =>
            Keep(confirmationLink);

        public Task SendPasswordResetLinkAsync(ApplicationUser user, string email, string resetLink) => Keep(resetLink);

        public Task SendPasswordResetCodeAsync(ApplicationUser user, string email, string resetCode) => Keep(resetCode);

        private Task Keep(string link)
        {
            links.Enqueue(WebUtility.HtmlDecode(link));
            return Task.CompletedTask;
        }
    }
}
