using Rackwave.Security.Devices;

namespace Rackwave.Security.Tests.Devices;

public sealed class BoundedCacheTests
{
    [Fact]
    public void Never_holds_more_than_two_generations()
    {
        var cache = new BoundedCache<int, int>(capacity: 10);

        for (var i = 0; i < 1_000; i++)
        {
            cache.Add(i, i);
        }

        cache.Count.Should().BeLessThanOrEqualTo(20);
        cache.TryGet(999, out var last).Should().BeTrue();
        last.Should().Be(999);
        cache.TryGet(0, out _).Should().BeFalse();
    }

    [Fact]
    public void An_entry_read_from_the_older_generation_survives_the_next_rotation()
    {
        var cache = new BoundedCache<string, int>(capacity: 2);
        cache.Add("kept", 1);
        cache.Add("filler", 2);

        cache.TryGet("kept", out _).Should().BeTrue();
        cache.Add("more", 3);
        cache.Add("more again", 4);

        cache.TryGet("kept", out var value).Should().BeTrue();
        value.Should().Be(1);
    }
}
