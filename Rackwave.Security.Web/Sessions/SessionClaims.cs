using System.Security.Claims;

namespace Rackwave.Security.Web.Sessions;

/// <summary>
/// Where the session lives in the sign-in cookie: its id (not secret) and its token (secret;
/// the cookie is encrypted and signed by Data Protection, and the database keeps only a hash).
/// </summary>
public static class SessionClaims
{
    public const string SessionId = "rackwave:sid";
    public const string Token = "rackwave:token";

    /// <summary>
    /// Marks a cookie's properties with its session, so a refresh of it can be told from a new sign-in.
    /// </summary>
    public const string PropertiesKey = ".rackwave.sid";

    /// <summary>
    /// How a sign-in began when not plainly (<see cref="Audit.SignInNotes"/>): in the sign-in's
    /// properties, or in the request's items where Identity takes no properties.
    /// </summary>
    public const string SignInNoteKey = ".rackwave.sign-in-note";

    public static Guid? SessionIdOf(ClaimsPrincipal? principal) =>
        Guid.TryParse(principal?.FindFirstValue(SessionId), out var id) ? id : null;

    public static string? TokenOf(ClaimsPrincipal? principal) => principal?.FindFirstValue(Token);

    public static string? UserIdOf(ClaimsPrincipal? principal) => principal?.FindFirstValue(ClaimTypes.NameIdentifier);

    public static void Add(ClaimsIdentity identity, Guid sessionId, string token)
    {
        foreach (var stale in identity.FindAll(c => c.Type is SessionId or Token).ToList())
        {
            identity.RemoveClaim(stale);
        }

        identity.AddClaim(new Claim(SessionId, sessionId.ToString()));
        identity.AddClaim(new Claim(Token, token));
    }
}
