namespace Rackwave.Security.Web.Components.Admin;

/// <summary>
/// Turns a stream of "something changed" into few runs of one action (a reload, a render): one
/// runs at a time, starts are at least <c>minInterval</c> apart, and any number of changes during
/// a run or a wait cause one more run, not one each. A burst of a thousand events costs a handful.
/// </summary>
/// <remarks>
/// The first change after a quiet spell runs at once, so a single event shows without delay.
/// Waits run on the given <see cref="TimeProvider"/>, so tests move them with a fake clock. The
/// action reports its own errors; this only schedules it.
/// </remarks>
public sealed class Coalescer(Func<Task> action, TimeSpan minInterval, TimeProvider time) : IDisposable
{
    private readonly Lock _gate = new();
    private DateTimeOffset _lastStart = DateTimeOffset.MinValue;
    private ITimer? _timer;
    private bool _running;
    private bool _again;
    private bool _disposed;

    /// <summary>How many runs have started; for tests and diagnostics.</summary>
    public int Started { get; private set; }

    /// <summary>Notes a change; a run follows now or after the minimum interval.</summary>
    public void Request()
    {
        lock (_gate)
        {
            if (_disposed || _timer is not null)
            {
                return;
            }

            if (_running)
            {
                _again = true;
                return;
            }

            if (!ScheduleLocked())
            {
                return;
            }
        }

        _ = RunAsync();
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _timer?.Dispose();
            _timer = null;
        }
    }

    /// <summary>Starts now (returns true) or sets the timer for when the interval allows.</summary>
    private bool ScheduleLocked()
    {
        var wait = _lastStart + minInterval - time.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            _timer = time.CreateTimer(_ => OnTimer(), null, wait, Timeout.InfiniteTimeSpan);
            return false;
        }

        _running = true;
        _lastStart = time.GetUtcNow();
        Started++;
        return true;
    }

    private void OnTimer()
    {
        lock (_gate)
        {
            _timer?.Dispose();
            _timer = null;
            if (_disposed || !ScheduleLocked())
            {
                return;
            }
        }

        _ = RunAsync();
    }

    private async Task RunAsync()
    {
        try
        {
            await action();
        }
        finally
        {
            var again = false;
            lock (_gate)
            {
                _running = false;
                if (_again && !_disposed)
                {
                    _again = false;
                    again = ScheduleLocked();
                }
            }

            if (again)
            {
                _ = RunAsync();
            }
        }
    }
}
