using Rackwave.Security.Audit;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Rackwave.Security.Accounts;
using Rackwave.Security.Persistence;
using Rackwave.Security.Sessions;
using Rackwave.Security.Web.Components.Account;
using Rackwave.Security.Web.Sessions;

namespace Rackwave.Security.Web.Hosting;

internal static class IdentityServiceCollectionExtensions
{
    public const string CookieName = "Rackwave.Auth";

    /// <summary>
    /// ASP.NET Core Identity for accounts, passwords and two-factor, with its sign-in cookie tied
    /// to a session row (see <see cref="SessionCookieEvents"/>), and circuits bound to the same
    /// session (see <see cref="SessionAuthenticationStateProvider"/>).
    /// </summary>
    public static IServiceCollection AddRackwaveIdentity(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddCascadingAuthenticationState();
        services.AddScoped<IdentityRedirectManager>();
        services.AddScoped<AccountLinks>();
        services.AddScoped<SessionAuthenticationStateProvider>();
        services.AddScoped<AuthenticationStateProvider>(
            sp => sp.GetRequiredService<SessionAuthenticationStateProvider>());
        services.AddScoped<CircuitHandler, SessionCircuitHandler>();
        services.AddScoped<CircuitConnection>();
        services.AddScoped<SignInRedirect>();
        services.AddSingleton<ClientContextFactory>();
        services.AddScoped<SessionCookieEvents>();
        services.AddScoped<SessionContinuation>();
        services.AddScoped<SignInAudit>();
        services.AddHttpContextAccessor();
        services.AddSingleton<HttpAuditOriginSource>();
        services.AddSingleton<IAuditOriginSource>(sp => sp.GetRequiredService<HttpAuditOriginSource>());

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.AddOptions<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(
                IdentityConstants.ApplicationScheme)
            .Configure<IOptions<SessionPolicy>>((cookie, sessions) =>
            {
                cookie.EventsType = typeof(SessionCookieEvents);
                cookie.Cookie.Name = CookieName;
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.LoginPath = "/Account/Login";
                cookie.LogoutPath = "/Account/Logout";
                cookie.AccessDeniedPath = "/Account/AccessDenied";

                // The cookie lasts as long as its session could: the server ends the session on
                // idleness from what it has recorded, including clicks inside a live page that no
                // cookie renewal could follow, and can then say why. A cookie that lapsed on idle
                // time alone would send people to the sign-in page without a reason, while their
                // session was still listed as active.
                cookie.ExpireTimeSpan = sessions.Value.AbsoluteLifetime + SessionCookieEvents.ExplanationGrace;
                cookie.SlidingExpiration = false;
            });

        services.AddOptions<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(
                IdentityConstants.TwoFactorUserIdScheme)
            .Configure(cookie => cookie.Events.OnSigningIn = TwoFactorStep.RememberStampAsync);

        // Identity's periodic security-stamp check rebuilds the principal; keep the session on it.
        services.Configure<SecurityStampValidatorOptions>(options =>
            options.OnRefreshingPrincipal = context =>
            {
                if (context.NewPrincipal?.Identity is System.Security.Claims.ClaimsIdentity identity
                    && SessionClaims.SessionIdOf(context.CurrentPrincipal) is { } id
                    && SessionClaims.TokenOf(context.CurrentPrincipal) is { } token)
                {
                    SessionClaims.Add(identity, id, token);
                }

                return Task.CompletedTask;
            });

        var requireConfirmed = configuration.GetValue<bool?>("Accounts:RequireConfirmedEmail")
            ?? !environment.IsDevelopment();
        services.AddIdentityCore<ApplicationUser>(options =>
            {
                options.SignIn.RequireConfirmedAccount = requireConfirmed;
                options.User.RequireUniqueEmail = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<SecurityDbContext>()
            .AddUserManager<SessionAwareUserManager>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddTokenProvider<SingleUseAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider);

        services.AddSingleton<IEmailSender<ApplicationUser>, LoggingEmailSender>();
        services.AddOptions<SecurityAdminOptions>().Bind(configuration.GetSection(SecurityAdminOptions.SectionName));
        services.AddScoped<AdminRoleProvisioner>();
        services.AddAuthorizationBuilder()
            .AddPolicy(SecurityRoles.SecurityAdmin, policy => policy.RequireRole(SecurityRoles.SecurityAdmin));
        return services;
    }
}
