using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Options;
using MudBlazor;
using Rackwave.Security.Audit;
using Rackwave.Security.Sessions;
using Rackwave.Security.Sessions.Admin;
using Rackwave.Security.Sessions.Events;
using Rackwave.Security.Web.Sessions;

namespace Rackwave.Security.Web.Components.Admin;

/// <summary>
/// Security admin → Sessions console: the running sessions of every account, paged, sorted and
/// filtered on the server, with counters and a feed of security events, all kept live.
/// </summary>
/// <remarks>
/// Loading is here; how it stays live is in AdminSessionsPage.Live.cs, the two revoke actions in
/// AdminSessionsPage.Revoke.cs.
/// </remarks>
public sealed partial class AdminSessionsPage : ComponentBase, IDisposable
{
    public const int PageSize = 25;
    public const int FeedSize = 25;

    /// <summary>At most two reloads a second, however many events arrive.</summary>
    public static readonly TimeSpan ReloadInterval = TimeSpan.FromMilliseconds(500);

    /// <summary>At most four renders a second for what events change between reloads.</summary>
    public static readonly TimeSpan RenderInterval = TimeSpan.FromMilliseconds(250);

    private const string ExactCount = "{first_item}–{last_item} of {all_items}";
    private const string LowerBoundCount = "{first_item}–{last_item} of over {all_items}";

    private static readonly TimeSpan ClockTick = TimeSpan.FromSeconds(30);

    /// <summary>A count this old may lack events this console has not heard.</summary>
    private static readonly TimeSpan StaleCount = TimeSpan.FromMilliseconds(500);

    private readonly CancellationTokenSource _disposed = new();
    private readonly HashSet<Guid> revoking = [];
    private readonly Dictionary<Guid, DateTime> liveLastActive = [];
    private HashSet<Guid> visible = [];
    private MudTable<AdminSessionRow>? table;
    private Coalescer? _reloads;
    private Coalescer? _renders;
    private IDisposable? _subscription;
    private AdminSessionFilter filter = AdminSessionFilter.None;
    private AdminSessionFacets facets = AdminSessionFacets.Empty;
    private AdminCounters? counters;
    private List<AuditRecord>? feed;
    private AdminSessionSort sort = AdminSessionSort.LastActive;
    private bool sortDescending = true;
    private string pagerInfo = ExactCount;
    private string? adminId;
    private Guid? currentSessionId;
    private string? loadError;
    private bool accessLost;
    private bool _recountPending;
    private DateTime now;

    [Inject] private AdminSessionQueries Queries { get; set; } = default!;

    [Inject] private SessionTerminator Terminator { get; set; } = default!;

    [Inject] private SessionEventHub Events { get; set; } = default!;

    [Inject] private IDialogService Dialogs { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    [Inject] private TimeProvider Time { get; set; } = default!;

    [Inject] private IOptions<SessionPolicy> PolicyOptions { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private SessionPolicy Policy => PolicyOptions.Value;

    private string EmptyText => filter == AdminSessionFilter.None
        ? "No sessions are running right now."
        : "No sessions match these filters.";

    protected override async Task OnInitializedAsync()
    {
        var user = (await AuthenticationState).User;
        adminId = SessionClaims.UserIdOf(user);
        currentSessionId = SessionClaims.SessionIdOf(user);
        now = Time.GetUtcNow().UtcDateTime;

        // Prerendering shows the frame only: the table loads once the circuit is up, so the
        // rest does too, rather than querying twice.
        if (!RendererInfo.IsInteractive || adminId is null)
        {
            return;
        }

        // Subscribe before loading, so that nothing that happens in between is missed.
        _reloads = new Coalescer(() => InvokeAsync(ReloadAsync), ReloadInterval, Time);
        _renders = new Coalescer(() => InvokeAsync(StateHasChanged), RenderInterval, Time);
        _subscription = Events.SubscribeToAll(OnSessionEventAsync);
        _ = TickAsync(_disposed.Token);
        await LoadSideAsync();
    }

    private async Task<TableData<AdminSessionRow>> LoadPageAsync(TableState state, CancellationToken ct)
    {
        if (adminId is null || accessLost)
        {
            return new TableData<AdminSessionRow> { Items = [], TotalItems = 0 };
        }

        var newSort = Enum.TryParse<AdminSessionSort>(state.SortLabel, out var parsed)
            ? parsed
            : AdminSessionSort.LastActive;
        var descending = state.SortDirection != SortDirection.Ascending;
        var reordered = (newSort, descending) != (sort, sortDescending);
        (sort, sortDescending) = (newSort, descending);
        if (reordered && state.Page > 0)
        {
            // A new order starts at the first page, as a new filter does: page 3 of another order
            // is nothing the admin asked for.
            _ = InvokeAsync(() => table?.NavigateTo(0));
        }

        var query = new AdminSessionQuery
        {
            Filter = filter,
            Sort = sort,
            Descending = descending,
            Page = state.Page,
            PageSize = state.PageSize,
        };
        try
        {
            var page = await Queries.ListAsync(adminId, query, ct);
            Shown(page);
            if (page.Items.Count == 0 && state.Page > 0 && page.Total > 0)
            {
                // The page emptied under the admin (sessions ended): step back to the last one.
                var last = (page.Total - 1) / state.PageSize;
                _ = InvokeAsync(() => table?.NavigateTo(last));
            }

            return new TableData<AdminSessionRow>
            {
                Items = page.Items.Select(s => new AdminSessionRow(s)).ToList(),
                TotalItems = page.Total,
            };
        }
        catch (SecurityAdminRequiredException)
        {
            accessLost = true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            loadError = "Please try again in a moment.";
        }

        visible = [];
        return new TableData<AdminSessionRow> { Items = [], TotalItems = 0 };
    }

    private void Shown(AdminSessionPage page)
    {
        loadError = null;
        now = Time.GetUtcNow().UtcDateTime;
        liveLastActive.Clear();
        visible = page.Items.Select(s => s.Id).ToHashSet();
        pagerInfo = page.TotalIsLowerBound ? LowerBoundCount : ExactCount;
    }

    /// <summary>Counters, feed and filter choices: everything but the table.</summary>
    private async Task LoadSideAsync()
    {
        if (adminId is null)
        {
            return;
        }

        try
        {
            // A count from the same moment as the one shown is already moved by the events since.
            var counted = await Queries.CountersAsync(adminId, _disposed.Token);
            if (counters is null || counted.AsOf > counters.AsOf)
            {
                counters = counted;
            }

            RecountWhenStale(counted);

            feed ??= (await Queries.RecentActivityAsync(adminId, FeedSize, _disposed.Token)).ToList();
            facets = await Queries.FacetsAsync(adminId, _disposed.Token);
        }
        catch (SecurityAdminRequiredException)
        {
            accessLost = true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            loadError ??= "Please try again in a moment.";
        }
    }

    /// <summary>
    /// Counts are shared by every console and kept a few seconds (<see cref="AdminCounterCache"/>).
    /// One counted before this console heard events (it just opened, or an event raced the count)
    /// is taken again once a fresh count can be had, rather than at the next clock tick.
    /// </summary>
    private void RecountWhenStale(AdminCounters counted)
    {
        var age = Time.GetUtcNow().UtcDateTime - counted.AsOf;
        if (age < StaleCount || _recountPending)
        {
            return;
        }

        _recountPending = true;
        _ = RecountAsync(AdminCounterCache.MaxAge - age + StaleCount, _disposed.Token);
    }

    private async Task RecountAsync(TimeSpan after, CancellationToken ct)
    {
        try
        {
            await Task.Delay(after < TimeSpan.Zero ? TimeSpan.Zero : after, Time, ct);
            await InvokeAsync(async () =>
            {
                _recountPending = false;
                await LoadSideAsync();
                StateHasChanged();
            });
        }
        catch (OperationCanceledException)
        {
            // The page closed.
        }
    }

    /// <summary>The coalesced live reload: the current page as it is now, and the counters.</summary>
    private async Task ReloadAsync()
    {
        try
        {
            if (table is not null)
            {
                await table.ReloadServerData();
            }

            await LoadSideAsync();
            StateHasChanged();
        }
        catch (Exception ex)
        {
            await DispatchExceptionAsync(ex);
        }
    }

    private async Task RetryAsync()
    {
        loadError = null;
        await ReloadAsync();
    }

    private async Task OnFilterChangedAsync(AdminSessionFilter changed)
    {
        filter = changed;
        if (table is null)
        {
            return;
        }

        // A new filter starts at the first page; live reloads keep the page the admin is on.
        if (table.CurrentPage != 0)
        {
            table.NavigateTo(0);
        }
        else
        {
            await table.ReloadServerData();
        }
    }

    private string RowClass(AdminSessionRow row, int index) =>
        row.Session.Id == currentSessionId ? "rw-row-current" : string.Empty;

    public void Dispose()
    {
        _subscription?.Dispose();
        _reloads?.Dispose();
        _renders?.Dispose();
        _disposed.Cancel();
        _disposed.Dispose();
    }
}
