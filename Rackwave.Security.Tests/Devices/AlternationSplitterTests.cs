using Rackwave.Security.Devices.UserAgents;

namespace Rackwave.Security.Tests.Devices;

/// <summary>Only patterns whose branches can be run apart with the same result are split.</summary>
public sealed class AlternationSplitterTests
{
    private const string Branches = "(a1|b2|c3|d4|e5|f6|g7|h8)";

    [Fact]
    public void A_leading_capture_splits_keeping_its_group_number()
    {
        var split = AlternationSplitter.Split(Branches + @"/(\d+)", capturesMatter: true);

        split.Should().HaveCount(8);
        split![1].Should().Be(@"(b2)/(\d+)");
    }

    [Fact]
    public void When_only_the_fact_of_a_match_counts_a_prefix_may_precede_the_group()
    {
        var split = AlternationSplitter.Split("^.{0,100}" + Branches, capturesMatter: false);

        split![7].Should().Be("^.{0,100}(?:h8)");
    }

    [Theory]
    [InlineData("^.{0,100}" + Branches)]
    [InlineData("(a1|b2|c3|d4|e5|f6|g7|(h8))")]
    [InlineData(Branches + "+")]
    [InlineData(Branches + "|x")]
    [InlineData(Branches + @"\1")]
    [InlineData("(a1|b2|c3)")]
    public void Shapes_where_captures_would_change_are_left_whole(string pattern)
    {
        AlternationSplitter.Split(pattern, capturesMatter: true).Should().BeNull();
    }
}
