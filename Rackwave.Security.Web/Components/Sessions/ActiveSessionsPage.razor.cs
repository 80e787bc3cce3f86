using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Options;
using MudBlazor;
using Rackwave.Security.Sessions;
using Rackwave.Security.Sessions.Events;
using Rackwave.Security.Web.Sessions;

namespace Rackwave.Security.Web.Components.Sessions;

/// <summary>
/// My Account → Security → Active sessions. Lists the account's running sessions, the one in use
/// first and marked Current, and keeps the list live: sessions that start, end or are used
/// elsewhere show up here without a reload.
/// </summary>
public sealed partial class ActiveSessionsPage : ComponentBase, IDisposable
{
    private static readonly TimeSpan ClockTick = TimeSpan.FromSeconds(30);

    private readonly CancellationTokenSource _disposed = new();
    private readonly HashSet<Guid> revoking = [];

    // Sessions seen to end. A sign-in racing a revoke can announce "started" after "ended";
    // its late "started" must not bring the row back.
    private readonly HashSet<Guid> ended = [];
    private List<SessionView>? sessions;
    private List<SessionView> recentlyEnded = [];
    private IDisposable? _subscription;
    private Guid? currentSessionId;
    private string? userId;
    private string? loadError;
    private DateTime now;

    [Inject] private SessionQueries Queries { get; set; } = default!;

    [Inject] private SessionTerminator Terminator { get; set; } = default!;

    [Inject] private SessionEventHub Events { get; set; } = default!;

    [Inject] private IDialogService Dialogs { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    [Inject] private TimeProvider Time { get; set; } = default!;

    [Inject] private IOptions<SessionPolicy> PolicyOptions { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private SessionPolicy Policy => PolicyOptions.Value;

    private bool CanRevokeOthers => sessions?.Any(s => s.Id != currentSessionId) == true;

    protected override async Task OnInitializedAsync()
    {
        var user = (await AuthenticationState).User;
        userId = SessionClaims.UserIdOf(user);
        currentSessionId = SessionClaims.SessionIdOf(user);
        now = Time.GetUtcNow().UtcDateTime;

        if (RendererInfo.IsInteractive && userId is not null)
        {
            // Subscribe before loading, so that nothing that happens in between is missed.
            _subscription = Events.SubscribeToUser(userId, OnSessionEventAsync);
            _ = TickAsync(_disposed.Token);
        }

        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        if (userId is null)
        {
            return;
        }

        try
        {
            var active = await Queries.ListActiveAsync(userId, _disposed.Token);
            var ended = await Queries.ListRecentlyEndedAsync(userId, ct: _disposed.Token);
            sessions = Order(active);
            recentlyEnded = ended.ToList();
            loadError = null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            loadError = "Please try again in a moment.";
        }
    }

    private async Task ReloadAsync()
    {
        loadError = null;
        await LoadAsync();
    }

    private async Task RevokeAsync(SessionView session)
    {
        if (userId is null || !revoking.Add(session.Id))
        {
            return;
        }

        try
        {
            var actor = SessionActor.ForUser(userId, currentSessionId);
            var outcome = await Terminator.RevokeAsync(actor, session.Id, _disposed.Token);
            if (outcome is RevokeOutcome.Revoked or RevokeOutcome.AlreadyEnded or RevokeOutcome.NotFound)
            {
                ended.Add(session.Id);
                Remove(session.Id);
            }

            var message = RevokeMessages.For(outcome, session);
            Snackbar.Add(message, outcome == RevokeOutcome.Revoked ? Severity.Success : Severity.Info);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Snackbar.Add("Could not revoke the session. Nothing was changed; please try again.", Severity.Error);
        }
        finally
        {
            revoking.Remove(session.Id);
        }
    }

    private async Task ConfirmRevokeAllOthersAsync()
    {
        if (userId is null || currentSessionId is not { } current)
        {
            return;
        }

        var others = sessions?.Count(s => s.Id != current) ?? 0;
        var parameters = new DialogParameters<RevokeAllOthersDialog> { { d => d.OtherCount, others } };
        var dialog = await Dialogs.ShowAsync<RevokeAllOthersDialog>("Revoke all other sessions?", parameters);
        var result = await dialog.Result;
        if (result is null || result.Canceled)
        {
            return;
        }

        try
        {
            var actor = SessionActor.ForUser(userId, current);
            var (outcome, count) = await Terminator.RevokeAllOthersAsync(actor, current, _disposed.Token);
            if (outcome == RevokeOutcome.ActorSessionEnded)
            {
                Snackbar.Add(RevokeMessages.ActorSessionEnded, Severity.Warning);
                return;
            }

            foreach (var other in sessions?.Where(s => s.Id != current).ToList() ?? [])
            {
                ended.Add(other.Id);
                sessions!.Remove(other);
            }

            Snackbar.Add(
                count == 1 ? "Signed out 1 other session." : $"Signed out {count} other sessions.",
                Severity.Success);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Snackbar.Add("Could not revoke the other sessions. Please try again.", Severity.Error);
        }
    }

    private Task OnSessionEventAsync(SessionEvent sessionEvent) => InvokeAsync(async () =>
    {
        try
        {
            Apply(sessionEvent);
            StateHasChanged();
        }
        catch (Exception ex)
        {
            await DispatchExceptionAsync(ex);
        }
    });

    private void Apply(SessionEvent sessionEvent)
    {
        switch (sessionEvent)
        {
            case SessionStarted started when sessions is not null
                && !ended.Contains(started.Session.Id)
                && sessions.All(s => s.Id != started.Session.Id):
                sessions = Order(sessions.Append(started.Session));
                break;
            case SessionEnded end:
                ended.Add(end.SessionId);
                var gone = Remove(end.SessionId);
                if (gone is not null && recentlyEnded.All(s => s.Id != gone.Id))
                {
                    recentlyEnded.Insert(0, gone with { EndedAt = end.EndedAt, EndReason = end.Reason });
                }

                break;
            case SessionActivity activity when sessions is not null:
                var index = sessions.FindIndex(s => s.Id == activity.SessionId);
                if (index >= 0 && activity.LastActiveAt > sessions[index].LastActiveAt)
                {
                    sessions[index] = sessions[index] with
                    {
                        LastActiveAt = activity.LastActiveAt,
                        LastIp = activity.LastIp,
                    };
                    sessions = Order(sessions);
                }

                now = Time.GetUtcNow().UtcDateTime;
                break;
        }
    }

    private SessionView? Remove(Guid sessionId)
    {
        var gone = sessions?.FirstOrDefault(s => s.Id == sessionId);
        if (gone is not null)
        {
            sessions!.Remove(gone);
        }

        return gone;
    }

    /// <summary>The session in use first, then the most recently active.</summary>
    private List<SessionView> Order(IEnumerable<SessionView> list) => list
        .OrderByDescending(s => s.Id == currentSessionId)
        .ThenByDescending(s => s.LastActiveAt)
        .ToList();

    private string RowClass(SessionView session, int index) =>
        session.Id == currentSessionId ? "rw-row-current" : string.Empty;

    /// <summary>Moves "3 minutes ago" along. A render only: it is not activity.</summary>
    private async Task TickAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(ClockTick, Time);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                await InvokeAsync(() =>
                {
                    now = Time.GetUtcNow().UtcDateTime;
                    StateHasChanged();
                });
            }
        }
        catch (OperationCanceledException)
        {
            // The page closed.
        }
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        _disposed.Cancel();
        _disposed.Dispose();
    }
}
