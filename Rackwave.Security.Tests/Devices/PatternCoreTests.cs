using Rackwave.Security.Devices.UserAgents;

namespace Rackwave.Security.Tests.Devices;

/// <summary>A pattern's core must match wherever the pattern does; it is offered only when it pays.</summary>
public sealed class PatternCoreTests
{
    private const string GeneralBot = @"^.{0,200}?(?:/x{0,50}|) {0,2}([a-z ]{0,50}(?:bot|spider))[/ ](\d+)(?:\.(\d+)|)";

    [Theory]
    [InlineData(GeneralBot, @"(?:bot|spider)[/ ]\d+")]
    [InlineData(@"^.{0,50}?([A-Za-z0-9]{1,30});FOMA", "[A-Za-z0-9]{1,30};FOMA")]
    [InlineData(@"^.{0,100}?(?=x)(Tool)/(\d+)", @"Tool/\d+")]
    public void Drops_what_may_match_nothing_from_both_ends(string pattern, string core)
    {
        PatternCore.Find(pattern).Should().Be(core);
    }

    [Theory]
    [InlineData(@"(Chrome)/(\d+)\.(\d+)")]
    [InlineData(@"(Firefox)/(\d+)\.(\d+)(b\d+[a-z]*)")]
    [InlineData(@"^.{0,100}?(?i)bot")]
    [InlineData(@"^.{0,100}(a)\1")]
    [InlineData(@"^.{0,100}?a|b")]
    public void Offers_no_core_when_it_would_not_pay_or_not_be_safe(string pattern)
    {
        PatternCore.Find(pattern).Should().BeNull();
    }
}
