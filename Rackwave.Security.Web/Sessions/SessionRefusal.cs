using Rackwave.Security.Sessions;

namespace Rackwave.Security.Web.Sessions;

/// <summary>Why a request's session cookie was not accepted, kept on the request for later steps.</summary>
internal sealed record SessionRefusal(SessionCheckStatus Status, SessionEndReason? Reason)
{
    private static readonly object Key = new();

    public static SessionRefusal? Of(HttpContext http) =>
        http.Items.TryGetValue(Key, out var value) ? value as SessionRefusal : null;

    public void AttachTo(HttpContext http) => http.Items[Key] = this;

    /// <summary>The value of the sign-in page's <c>ended</c> parameter that explains this refusal.</summary>
    public string NoticeCode => Reason is { } reason ? SessionEndNotice.CodeOf(reason) : SessionEndNotice.UnknownCode;
}
