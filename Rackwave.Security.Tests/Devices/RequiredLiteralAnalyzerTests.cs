using Rackwave.Security.Devices.UserAgents;

namespace Rackwave.Security.Tests.Devices;

/// <summary>Which literals a pattern is found to require: nothing uncertain may be claimed.</summary>
public sealed class RequiredLiteralAnalyzerTests
{
    // Literals of one character filter nothing and are not reported ("/" below).
    [Theory]
    [InlineData(@"(Chrome)/(\d+)\.(\d+)", "Chrome/")]
    [InlineData(@"Windows NT 10\.0", "Windows NT 10.0")]
    [InlineData(@"(?:Edg|Edge)/(\d+)", "Edg|Edge")]
    [InlineData(@"(Fire)fox(?:/(\d+)|)", "Firefox")]
    [InlineData(@"Mobile Safari.{0,20}Version/(\d+)", "Mobile Safari ; Version/")]
    [InlineData(@"ab+cd", "ab ; bcd")]
    [InlineData(@"(?:CrOS|Chrome OS) (\d+)", "CrOS|Chrome OS")]
    public void Finds_the_required_literals(string pattern, string expected)
    {
        Describe(RequiredLiteralAnalyzer.Analyze(pattern)).Should().Be(expected);
    }

    [Theory]
    [InlineData(@"[Ss]pider", "~spider")]
    [InlineData(@"Bai[Dd]u", "~baidu")]
    public void A_letter_in_both_cases_makes_the_literal_case_insensitive(string pattern, string expected)
    {
        Describe(RequiredLiteralAnalyzer.Analyze(pattern)).Should().Be(expected);
    }

    [Theory]
    [InlineData(@"(?:Chrome|)/\d+")]
    [InlineData(@"(?:Chrome)?Safari?")]
    [InlineData(@"\d+\.\d+")]
    [InlineData(@"(?i)chrome")]
    [InlineData(@"(?=Chrome)\w+")]
    [InlineData(@"\x41BC")]
    [InlineData(@"(Chrome")]
    public void Claims_nothing_it_cannot_be_sure_of(string pattern)
    {
        var clauses = RequiredLiteralAnalyzer.Analyze(pattern);

        clauses.Where(c => c.Any(l => l.Text.Contains("Chrome", StringComparison.Ordinal)))
            .Should().BeEmpty();
    }

    [Fact]
    public void Optional_text_is_left_out_but_what_surrounds_it_stays()
    {
        var clauses = RequiredLiteralAnalyzer.Analyze(@"Opera(?: Mini|)/Version");

        Describe(clauses).Should().Be("Opera ; /Version");
    }

    private static string Describe(IReadOnlyList<Literal[]> clauses) => string.Join(" ; ", clauses
        .Select(clause => string.Join("|", clause.Select(l => (l.Folded ? "~" : string.Empty) + l.Text))));
}
