using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Options;
using MudBlazor;
using Rackwave.Security.Audit;
using Rackwave.Security.Sessions;
using Rackwave.Security.Sessions.Events;
using Rackwave.Security.Web.Sessions;

namespace Rackwave.Security.Web.Components.Audit;

/// <summary>
/// My Account → Security → Security activity: the account's own history, newest first, paged on
/// the server, with new entries arriving live while the first page is open.
/// </summary>
public sealed partial class SecurityActivityPage : ComponentBase, IDisposable
{
    private const int PageSize = 20;

    private MudTable<AuditRecord>? table;
    private IDisposable? _subscription;
    private string? userId;
    private int currentPage;
    private DateTime now;

    [Inject] private AuditQueries Audit { get; set; } = default!;

    [Inject] private SessionEventHub Events { get; set; } = default!;

    [Inject] private TimeProvider Time { get; set; } = default!;

    [Inject] private IOptions<SessionPolicy> PolicyOptions { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private SessionPolicy Policy => PolicyOptions.Value;

    protected override async Task OnInitializedAsync()
    {
        userId = SessionClaims.UserIdOf((await AuthenticationState).User);
        now = Time.GetUtcNow().UtcDateTime;
        if (RendererInfo.IsInteractive && userId is not null)
        {
            _subscription = Events.SubscribeToUser(userId, OnEventAsync);
        }
    }

    private async Task<TableData<AuditRecord>> LoadPageAsync(TableState state, CancellationToken ct)
    {
        if (userId is null)
        {
            return new TableData<AuditRecord> { Items = [], TotalItems = 0 };
        }

        currentPage = state.Page;
        now = Time.GetUtcNow().UtcDateTime;
        var (items, total) = await Audit.ListForUserAsync(userId, state.Page, PageSize, ct);
        return new TableData<AuditRecord> { Items = items, TotalItems = total };
    }

    private Task OnEventAsync(SessionEvent sessionEvent)
    {
        if (sessionEvent is not SecurityEventRecorded || currentPage != 0 || table is null)
        {
            return Task.CompletedTask;
        }

        return InvokeAsync(async () =>
        {
            try
            {
                await table.ReloadServerData();
            }
            catch (Exception ex)
            {
                await DispatchExceptionAsync(ex);
            }
        });
    }

    public void Dispose() => _subscription?.Dispose();
}
