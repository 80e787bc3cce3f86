using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Rackwave.Security.Web.Components.Account;

/// <summary>The codes in e-mailed account links, which travel Base64url-encoded.</summary>
internal static class AccountLinkCode
{
    /// <summary>
    /// The code, or null when the text is not Base64url (a link cut short or mangled by a mail
    /// client), so that the page can say the link is not valid instead of failing.
    /// </summary>
    public static string? Decode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        try
        {
            var code = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(text));
            return code.Length > 0 ? code : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
