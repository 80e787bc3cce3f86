using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Rackwave.Security.Sessions;

/// <summary>
/// The secret a browser holds for its session: 256 random bits from the operating system's
/// CSPRNG, as base64url. The database keeps only its SHA-256 hash, so a copy of the database
/// cannot be replayed as a cookie. A slow hash is not needed: the token is not guessable.
/// </summary>
public static class SessionToken
{
    private const int TokenBytes = 32;

    /// <summary>The longest token text accepted; anything longer is not ours.</summary>
    public const int MaxLength = 64;

    public static string Create() =>
        Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(TokenBytes));

    public static byte[] Hash(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return SHA256.HashData(Encoding.UTF8.GetBytes(token));
    }

    /// <summary>True when the text has the shape of a token we issued (cheap; before any lookup).</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: > 0 and <= MaxLength } && Base64Url.IsValid(token);
}
