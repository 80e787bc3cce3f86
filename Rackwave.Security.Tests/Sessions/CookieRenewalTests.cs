using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Rackwave.Security.Tests.Support;
using Rackwave.Security.Web.Sessions;

namespace Rackwave.Security.Tests.Sessions;

public sealed class CookieRenewalTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory factory;

    public CookieRenewalTests(PortalFactory factory) => this.factory = factory;

    [Theory]
    [InlineData(48, true)]
    [InlineData(25, true)]
    [InlineData(23, false)]
    [InlineData(1, false)]
    public async Task Renewing_the_cookie_never_carries_it_past_the_sessions_absolute_limit(int hoursLeft, bool renews)
    {
        using var scope = factory.Services.CreateScope();
        var events = scope.ServiceProvider.GetRequiredService<SessionCookieEvents>();
        var options = new CookieAuthenticationOptions { ExpireTimeSpan = TimeSpan.FromHours(24) };
        var properties = new AuthenticationProperties { IssuedUtc = DateTimeOffset.UtcNow.AddHours(-13) };
        var limit = DateTimeOffset.UtcNow.AddHours(hoursLeft);
        properties.Items[SessionClaims.LifetimeLimitKey] = limit.ToString("O", CultureInfo.InvariantCulture);
        var ticket = new AuthenticationTicket(new ClaimsPrincipal(), properties, IdentityConstants.ApplicationScheme);
        var scheme = new AuthenticationScheme(
            IdentityConstants.ApplicationScheme, null, typeof(CookieAuthenticationHandler));
        var context = new CookieSlidingExpirationContext(
            new DefaultHttpContext(), scheme, options, ticket, TimeSpan.FromHours(13), TimeSpan.FromHours(11))
        {
            ShouldRenew = true,
        };

        await events.CheckSlidingExpiration(context);

        context.ShouldRenew.Should().Be(renews);
    }
}
