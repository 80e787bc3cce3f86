using Microsoft.Extensions.Time.Testing;
using Rackwave.Security.Web.Components.Admin;

namespace Rackwave.Security.Tests.Admin;

public sealed class CoalescerTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly List<TaskCompletionSource> reloads = [];

    [Fact]
    public void The_first_change_after_a_quiet_spell_reloads_at_once()
    {
        using var coalescer = Create();

        coalescer.Request();

        reloads.Should().ContainSingle();
    }

    [Fact]
    public void A_burst_during_a_reload_causes_one_more_reload_not_one_each()
    {
        using var coalescer = Create();
        coalescer.Request();

        for (var i = 0; i < 1000; i++)
        {
            coalescer.Request();
        }

        reloads[0].SetResult();
        reloads.Should().ContainSingle("the next waits for the interval");
        time.Advance(Interval);
        reloads.Should().HaveCount(2);
        reloads[1].SetResult();
        time.Advance(Interval * 10);
        reloads.Should().HaveCount(2, "nothing changed since");
    }

    [Fact]
    public void Reloads_start_at_most_once_per_interval()
    {
        using var coalescer = Create();
        var starts = new List<DateTimeOffset>();

        for (var step = 0; step < 40; step++)
        {
            coalescer.Request();
            if (reloads.Count > starts.Count)
            {
                starts.Add(time.GetUtcNow());
                reloads[^1].SetResult();
            }

            time.Advance(TimeSpan.FromMilliseconds(50));
        }

        starts.Should().HaveCount(4);
        starts.Zip(starts.Skip(1), (a, b) => b - a)
            .Should().AllSatisfy(gap => gap.Should().BeGreaterThanOrEqualTo(Interval));
    }

    [Fact]
    public void Nothing_reloads_after_dispose()
    {
        var coalescer = Create();
        coalescer.Request();
        reloads[0].SetResult();
        coalescer.Request();

        coalescer.Dispose();
        time.Advance(Interval * 4);

        reloads.Should().ContainSingle();
    }

    private Coalescer Create() => new(
        () =>
        {
            // Continuations run inline on SetResult, so the coalescer has seen the end of a
            // reload before the test goes on: no thread pool timing in these tests.
            var reload = new TaskCompletionSource();
            reloads.Add(reload);
            return reload.Task;
        },
        Interval,
        time);
}
