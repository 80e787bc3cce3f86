using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Rackwave.Security.Persistence;

namespace Rackwave.Security.Accounts;

/// <summary>
/// Identity's authenticator-app codes, each accepted once. Identity accepts a code for about a
/// minute and a half around its 30-second step, so without this a code read over someone's
/// shoulder (with the password) would sign a second device in. Every code accepted within the
/// last few minutes is kept in the account's tokens, and none of them is accepted again until
/// its whole window has passed, whatever other codes were used in between.
/// </summary>
public sealed class SingleUseAuthenticatorTokenProvider(TimeProvider time) : AuthenticatorTokenProvider<ApplicationUser>
{
    public const string LoginProvider = "[Rackwave]";
    public const string TokenName = "UsedAuthenticatorCodes";

    /// <summary>Longer than the span in which Identity accepts any one code.</summary>
    private static readonly TimeSpan ReuseWindow = TimeSpan.FromMinutes(5);

    public override async Task<bool> ValidateAsync(
        string purpose, string token, UserManager<ApplicationUser> manager, ApplicationUser user)
    {
        if (!await base.ValidateAsync(purpose, token, manager, user))
        {
            return false;
        }

        var code = token.Trim();
        var now = time.GetUtcNow();
        var recent = Parse(await manager.GetAuthenticationTokenAsync(user, LoginProvider, TokenName))
            .Where(used => now - used.At < ReuseWindow)
            .ToList();
        if (recent.Any(used => used.Code == code))
        {
            return false;
        }

        recent.Add((code, now));

        // Two requests racing with one code: the second write fails Identity's concurrency check.
        var kept = await manager.SetAuthenticationTokenAsync(user, LoginProvider, TokenName, Format(recent));
        return kept.Succeeded;
    }

    /// <summary>"123456|1764850000;654321|1764850030": each code with when it was accepted.</summary>
    private static IEnumerable<(string Code, DateTimeOffset At)> Parse(string? text)
    {
        foreach (var item in (text ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var bar = item.IndexOf('|', StringComparison.Ordinal);
            var when = item[(bar + 1)..];
            if (bar > 0 && long.TryParse(when, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            {
                yield return (item[..bar], DateTimeOffset.FromUnixTimeSeconds(seconds));
            }
        }
    }

    private static string Format(IEnumerable<(string Code, DateTimeOffset At)> used) =>
        string.Join(';', used.Select(u =>
            $"{u.Code}|{u.At.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}"));
}
