using MudBlazor;
using Rackwave.Security.Sessions;
using Rackwave.Security.Web.Components.Sessions;

namespace Rackwave.Security.Web.Components.Admin;

/// <summary>The console's two actions: revoke one session, revoke every session of an account.</summary>
public sealed partial class AdminSessionsPage
{
    private async Task RevokeAsync(SessionView session)
    {
        // The session in use has no Revoke button; refuse it here too, whatever the markup did.
        if (adminId is null || session.Id == currentSessionId || !revoking.Add(session.Id))
        {
            return;
        }

        try
        {
            // Acting on the session in use: once that has ended (revoked elsewhere), it acts no more.
            var actor = SessionActor.ForUser(adminId, currentSessionId);
            var outcome = await Terminator.RevokeAsync(actor, session.Id, _disposed.Token);
            var message = RevokeMessages.For(outcome, session, $" of {session.UserEmail}");
            Snackbar.Add(message, outcome == RevokeOutcome.Revoked ? Severity.Success : Severity.Info);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Snackbar.Add("Could not revoke the session. Nothing was changed; please try again.", Severity.Error);
        }
        finally
        {
            revoking.Remove(session.Id);
            _reloads?.Request();
        }
    }

    private async Task ConfirmRevokeAccountAsync(SessionView session)
    {
        if (adminId is null)
        {
            return;
        }

        var email = session.UserEmail ?? "this account";
        var parameters = new DialogParameters<RevokeAccountDialog>
        {
            { d => d.Email, email },
            { d => d.IsOwnAccount, session.UserId == adminId },
        };
        var dialog = await Dialogs.ShowAsync<RevokeAccountDialog>("Revoke all sessions of this account?", parameters);
        var result = await dialog.Result;
        if (result is null || result.Canceled)
        {
            return;
        }

        try
        {
            var (outcome, count) = await Terminator.RevokeAllForAccountAsync(
                SessionActor.ForUser(adminId, currentSessionId), session.UserId, currentSessionId, _disposed.Token);
            switch (outcome)
            {
                case RevokeOutcome.Forbidden:
                    accessLost = true;
                    break;
                case RevokeOutcome.ActorSessionEnded:
                    Snackbar.Add(RevokeMessages.ActorSessionEnded, Severity.Info);
                    break;
                case RevokeOutcome.Revoked:
                    Snackbar.Add(
                        count == 1 ? $"Signed out 1 session of {email}." : $"Signed out {count} sessions of {email}.",
                        Severity.Success);
                    break;
                default:
                    Snackbar.Add($"{email} had no session left to end.", Severity.Info);
                    break;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Snackbar.Add("Could not revoke the sessions. Please try again.", Severity.Error);
        }
        finally
        {
            _reloads?.Request();
        }
    }
}
