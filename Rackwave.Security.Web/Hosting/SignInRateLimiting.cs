using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Rackwave.Security.Web.Sessions;

namespace Rackwave.Security.Web.Hosting;

/// <summary>
/// Caps sign-in attempts per client address: posts to the sign-in pages (password, two-factor
/// code, recovery code) and the other pages strangers use (registering, asking for a password
/// reset or a confirmation e-mail), <c>Accounts:SignInAttemptsPerMinute</c> a minute together. Identity already
/// locks an account after repeated wrong passwords; this stops one address from trying many
/// accounts, or from flooding the audit trail and the admins' live feed with refused attempts.
/// </summary>
/// <remarks>
/// People behind one address (an office, a carrier's NAT) share the allowance, so the default is
/// generous. Limits are kept in this process's memory: with several servers each counts alone.
/// </remarks>
internal static partial class SignInRateLimiting
{
    public const string SettingName = "Accounts:SignInAttemptsPerMinute";

    public const int DefaultPerMinute = 20;

    public static IServiceCollection AddSignInRateLimiting(
        this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = configuration.GetValue(SettingName, DefaultPerMinute);
        if (perMinute < 1)
        {
            throw new InvalidOperationException($"{SettingName} must be at least 1 (it is {perMinute}).");
        }

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                IsSignInPost(http.Request)
                    ? RateLimitPartition.GetFixedWindowLimiter(ClientKey(http), _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = perMinute,
                        Window = TimeSpan.FromMinutes(1),
                        QueueLimit = 0,
                    })
                    : RateLimitPartition.GetNoLimiter(string.Empty));
            options.OnRejected = (rejected, _) =>
            {
                var http = rejected.HttpContext;
                var logger = http.RequestServices.GetRequiredService<ILoggerFactory>()
                    .CreateLogger(typeof(SignInRateLimiting));
                Log.Throttled(logger, ClientKey(http), perMinute);
                http.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
            };
        });
        return services;
    }

    /// <summary>
    /// Posts of the pages a stranger can use: signing in (password, two-factor and recovery code),
    /// registering and asking for e-mails, which would otherwise tell whether accounts exist, or
    /// send mail, as fast as anyone asks.
    /// </summary>
    private static bool IsSignInPost(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && request.Path.StartsWithSegments("/Account", StringComparison.OrdinalIgnoreCase, out var rest)
        && rest.Value is { } page
        && LimitedPages.Any(p => page.StartsWith(p, StringComparison.OrdinalIgnoreCase));

    private static readonly string[] LimitedPages =
        ["/Login", "/Register", "/ForgotPassword", "/ResendEmailConfirmation"];

    /// <summary>
    /// The allowance an address draws on: its own for IPv4; its /64 network for IPv6, since one
    /// client is usually handed a whole /64 and could otherwise take a fresh address per attempt.
    /// </summary>
    private static string ClientKey(HttpContext http)
    {
        var address = http.RequestServices.GetRequiredService<ClientContextFactory>().ClientAddressOf(http);
        if (address is null)
        {
            return "unknown address";
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 3502, Level = LogLevel.Warning,
            Message = "Sign-in attempts from {Client} exceed {PerMinute} a minute; refused with 429")]
        public static partial void Throttled(ILogger logger, string client, int perMinute);
    }
}
