using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Rackwave.Security.Sessions;
using Rackwave.Security.Sessions.Events;

namespace Rackwave.Security.Web.Sessions;

/// <summary>
/// The authentication state of one circuit, bound to its session. When the session ends
/// anywhere, the "ended" event makes the circuit anonymous at once (and <see cref="SessionEnded"/>
/// tells the layout to go to the sign-in page). A periodic re-check against the store backs this
/// up and fails closed: if the store cannot answer, the circuit is signed out.
/// </summary>
public sealed partial class SessionAuthenticationStateProvider : RevalidatingServerAuthenticationStateProvider
{
    private readonly SessionValidator _validator;
    private readonly SessionEventHub _hub;
    private readonly ILogger<SessionAuthenticationStateProvider> _logger;
    private readonly Lock _gate = new();
    private IDisposable? _subscription;
    private Guid? _sessionId;
    private bool _ended;
    private bool _inCircuit;
    private ClaimsPrincipal? _user;

    public SessionAuthenticationStateProvider(
        ILoggerFactory loggerFactory,
        SessionValidator validator,
        SessionEventHub hub)
        : base(loggerFactory)
    {
        _validator = validator;
        _hub = hub;
        _logger = loggerFactory.CreateLogger<SessionAuthenticationStateProvider>();
        AuthenticationStateChanged += OnAuthenticationStateChanged;
    }

    /// <summary>Raised once when this circuit's session ends, with the reason when known.</summary>
    public event Action<SessionEndReason?>? SessionEnded;

    /// <summary>Whether this circuit's session has ended (its reason may be unknown).</summary>
    public bool HasEnded
    {
        get
        {
            lock (_gate)
            {
                return _ended;
            }
        }
    }

    /// <summary>Why this circuit's session ended, once it has.</summary>
    public SessionEndReason? EndReason { get; private set; }

    /// <summary>The session this circuit runs on, while it runs.</summary>
    public Guid? SessionId => _sessionId;

    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    /// <summary>
    /// Starts watching the session, once this provider serves a live circuit. A static or
    /// prerendered request is not watched: its page is already rendered with the state it began
    /// with, and an end during the request (a password change, say) is that request's own doing.
    /// </summary>
    public void BindToCircuit()
    {
        ClaimsPrincipal? user;
        lock (_gate)
        {
            _inCircuit = true;
            user = _user;
        }

        if (user is not null)
        {
            Watch(user);
        }
    }

    protected override async Task<bool> ValidateAuthenticationStateAsync(
        AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        var check = await _validator.ValidateAsync(SessionClaims.TokenOf(authenticationState.User), cancellationToken);
        if (check.IsActive)
        {
            return true;
        }

        // Returning false signs the circuit out; say why first.
        NoteEnded(check.EndReason);
        return false;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            AuthenticationStateChanged -= OnAuthenticationStateChanged;
            lock (_gate)
            {
                _subscription?.Dispose();
                _subscription = null;
            }
        }

        base.Dispose(disposing);
    }

    private async void OnAuthenticationStateChanged(Task<AuthenticationState> task)
    {
        try
        {
            var state = await task;
            Watch(state.User);
        }
        catch (Exception ex)
        {
            Log.WatchFailed(_logger, ex);
        }
    }

    private void Watch(ClaimsPrincipal user)
    {
        var sessionId = SessionClaims.SessionIdOf(user);
        var userId = SessionClaims.UserIdOf(user);
        lock (_gate)
        {
            _user = user;
            if (!_inCircuit || (sessionId == _sessionId && _subscription is not null))
            {
                return;
            }

            _subscription?.Dispose();
            _subscription = null;
            _sessionId = sessionId;
            if (sessionId is { } id && userId is not null && !_ended)
            {
                _subscription = _hub.SubscribeToUser(userId, e => OnSessionEventAsync(id, e));
            }
        }
    }

    private Task OnSessionEventAsync(Guid watched, SessionEvent sessionEvent)
    {
        if (sessionEvent is SessionEnded ended && ended.SessionId == watched)
        {
            NoteEnded(ended.Reason);
            SetAuthenticationState(Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity()))));
        }

        return Task.CompletedTask;
    }

    private void NoteEnded(SessionEndReason? reason)
    {
        lock (_gate)
        {
            if (_ended || _sessionId is null)
            {
                return;
            }

            _ended = true;
            EndReason = reason;
        }

        SessionEnded?.Invoke(reason);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 2201, Level = LogLevel.Error,
            Message = "Could not watch the session of a circuit; it stays subject to periodic checks")]
        public static partial void WatchFailed(ILogger logger, Exception exception);
    }
}
