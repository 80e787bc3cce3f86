using Rackwave.Security.Audit;
using Rackwave.Security.Sessions;
using Rackwave.Security.Sessions.Admin;
using Rackwave.Security.Sessions.Events;

namespace Rackwave.Security.Web.Components.Admin;

/// <summary>
/// The console kept live: session events move the counters and reload the page of rows the admin
/// is on; use of a listed session moves its Last Active in place; audit events join the feed; a
/// clock moves "3 minutes ago" along.
/// </summary>
/// <remarks>
/// Events arrive on the publisher's thread: everything that touches the page's state goes
/// through InvokeAsync onto this circuit. State changes at once; renders and reloads go through
/// a <see cref="Coalescer"/> each, because every render diffs the whole table: a burst of
/// events costs a few renders and at most two reloads a second, not one of each per event.
/// </remarks>
public sealed partial class AdminSessionsPage
{
    private Task OnSessionEventAsync(SessionEvent sessionEvent)
    {
        switch (sessionEvent)
        {
            case SecurityEventRecorded recorded:
                return InvokeAsync(() => AddToFeed(recorded.Entry));
            case SessionActivity activity:
                if (sort == AdminSessionSort.LastActive || filter.ActiveWithinMinutes is not null)
                {
                    _reloads?.Request();
                }

                return InvokeAsync(() => MoveLastActive(activity));
            case SessionStarted started:
                return CountAsync(started.Session.StartedAt, sessions: 1, signIns: 1);
            case SessionEnded ended:
                return CountAsync(ended.EndedAt, sessions: -1, signIns: 0);
        }

        return Task.CompletedTask;
    }

    private Task CountAsync(DateTime happenedAt, int sessions, int signIns)
    {
        var moved = InvokeAsync(() => MoveCounters(happenedAt, sessions, signIns));
        _reloads?.Request();
        return moved;
    }

    /// <summary>
    /// Moves the counters by an event that happened after they were counted. One from before is
    /// in the count already: a bulk revoke's later events, arriving after a reload brought a count
    /// that included them all, took them off a second time.
    /// </summary>
    private void MoveCounters(DateTime happenedAt, int sessions, int signIns)
    {
        if (counters is not null && happenedAt >= counters.AsOf)
        {
            counters = counters.Moved(sessions, signIns);
            _renders?.Request();
        }
    }

    private void AddToFeed(AuditRecord entry)
    {
        if (feed is null || feed.Any(e => e.Id == entry.Id))
        {
            return;
        }

        feed.Insert(0, entry);
        if (feed.Count > FeedSize)
        {
            feed.RemoveRange(FeedSize, feed.Count - FeedSize);
        }

        now = Time.GetUtcNow().UtcDateTime;
        _renders?.Request();
    }

    private void MoveLastActive(SessionActivity activity)
    {
        if (!visible.Contains(activity.SessionId))
        {
            return;
        }

        liveLastActive[activity.SessionId] = activity.LastActiveAt;
        now = Time.GetUtcNow().UtcDateTime;
        _renders?.Request();
    }

    private SessionView WithLiveActivity(SessionView session) =>
        liveLastActive.TryGetValue(session.Id, out var at) && at > session.LastActiveAt
            ? session with { LastActiveAt = at }
            : session;

    /// <summary>Moves "3 minutes ago" along and refreshes the counters (sign-ins leave the last hour).</summary>
    private async Task TickAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(ClockTick, Time);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                await InvokeAsync(async () =>
                {
                    now = Time.GetUtcNow().UtcDateTime;
                    await LoadSideAsync();
                    StateHasChanged();
                });
            }
        }
        catch (OperationCanceledException)
        {
            // The page closed.
        }
    }
}
