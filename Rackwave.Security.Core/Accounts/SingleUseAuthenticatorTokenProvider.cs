using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Rackwave.Security.Persistence;

namespace Rackwave.Security.Accounts;

/// <summary>
/// Identity's authenticator-app codes, each accepted once. Identity accepts a code for about a
/// minute and a half around its 30-second step, so without this a code read over someone's
/// shoulder (with the password) would sign a second device in. The last accepted code is kept in
/// the account's tokens; the same code is refused until its whole window has passed.
/// </summary>
public sealed class SingleUseAuthenticatorTokenProvider(TimeProvider time) : AuthenticatorTokenProvider<ApplicationUser>
{
    public const string LoginProvider = "[Rackwave]";
    public const string TokenName = "LastAuthenticatorCode";

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
        var last = await manager.GetAuthenticationTokenAsync(user, LoginProvider, TokenName);
        if (Parse(last) is { } used && used.Code == code && now - used.At < ReuseWindow)
        {
            return false;
        }

        // Two requests racing with one code: the second write fails Identity's concurrency check.
        var kept = await manager.SetAuthenticationTokenAsync(
            user, LoginProvider, TokenName, $"{code}|{now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}");
        return kept.Succeeded;
    }

    private static (string Code, DateTimeOffset At)? Parse(string? text)
    {
        var bar = text?.IndexOf('|', StringComparison.Ordinal) ?? -1;
        return bar > 0 && long.TryParse(text.AsSpan(bar + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? (text![..bar], DateTimeOffset.FromUnixTimeSeconds(seconds))
            : null;
    }
}
