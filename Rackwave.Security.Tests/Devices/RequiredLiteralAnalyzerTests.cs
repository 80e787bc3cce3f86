using Rackwave.Security.Devices.UserAgents;

namespace Rackwave.Security.Tests.Devices;

/// <summary>Which literals a pattern is found to require: nothing uncertain may be claimed.</summary>
public sealed class RequiredLiteralAnalyzerTests
{
    // Literals of one character filter nothing and are not reported ("/" below).
    [Theory]
    [InlineData(@"(Chrome)/(\d+)\.(\d+)", "Chrome/")]
    [InlineData(@"Windows NT 10\.0", "Windows NT 10.0")]
    [InlineData(@"(?:Edg|Edge)/(\d+)", "Edg/|Edge/")]
    [InlineData(@"(Fire)fox(?:/(\d+)|)", "Firefox")]
    [InlineData(@"Mobile Safari.{0,20}Version/(\d+)", "Mobile Safari ; Version/")]
    [InlineData(@"ab+cd", "ab ; bcd")]
    [InlineData(@"(?:CrOS|Chrome OS) (\d+)", "CrOS |Chrome OS ")]
    [InlineData(@"; (E[34][0-9]{2})", "; E3|; E4")]
    [InlineData(@"(?:bot|spider)[/ ]\d", "bot/|bot |spider/|spider ")]
    [InlineData(@"(?:Mobile|Tablet)[a-z]", "Mobile|Tablet")]
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
    public void An_optional_alternative_becomes_one_more_possibility()
    {
        var clauses = RequiredLiteralAnalyzer.Analyze(@"Opera(?: Mini|)/Version");

        Describe(clauses).Should().Be("Opera Mini/Version|Opera/Version");
    }

    [Fact]
    public void Each_clause_of_a_branch_is_kept_joined_with_the_other_branches()
    {
        var clauses = RequiredLiteralAnalyzer.Analyze(@"(?:Alpha.*Beta|Gamma)");

        Describe(clauses).Should().Be("Alpha|Gamma ; Beta|Gamma");
    }

    [Fact]
    public void Too_many_possibilities_are_cut_into_separate_certain_pieces()
    {
        var clauses = RequiredLiteralAnalyzer.Analyze(@"[ab][cd][ef][gh]XY");

        Describe(clauses).Should().Be("ace|acf|ade|adf|bce|bcf|bde|bdf ; gXY|hXY");
    }

    private static string Describe(IReadOnlyList<Literal[]> clauses) => string.Join(" ; ", clauses
        .Select(clause => string.Join("|", clause.Select(l => (l.Folded ? "~" : string.Empty) + l.Text))));
}
