using Rackwave.Security.Devices.UserAgents;

namespace Rackwave.Security.Tests.Devices;

/// <summary>
/// The meaning of uap-core's rule format, on small rule sets written here: first match wins,
/// "Other" when nothing matches, $1…$9 replacements, trimming, empty as null, regex_flag 'i'.
/// </summary>
public sealed class UapRuleSemanticsTests
{
    private const string Rules = """
        user_agent_parsers:
          - regex: 'NoFamily/(\d+)'
            family_replacement: '  '
          - regex: '(Fancy)Browser/(\d+)\.(\d+)(?:\.(\d+)|)'
            family_replacement: 'Fancy $1 Edition'
          - regex: 'Plain/(\d+)'
            family_replacement: 'Plain'
            v1_replacement: '7'
          - regex: '(Tool)/(\d+)\.(\d+)(?:\.(\d+)|)'
        os_parsers:
          - regex: 'Win(dows) NT (\d+)\.(\d+)'
            os_replacement: 'Win$1'
            os_v2_replacement: '$3'
          - regex: '(Toaster)OS (\d+)\.(\d+)\.(\d+)\.(\d+)'
        device_parsers:
          - regex: '; (acme)-(\w+) '
            regex_flag: 'i'
            device_replacement: 'Acme $2'
            brand_replacement: 'Acme'
            model_replacement: '$2$9'
          - regex: '; (Widget) '
        """;

    private readonly UserAgentParser _parser =
        UserAgentParser.FromYaml(new StringReader(Rules), new UserAgentParserOptions { CacheCapacity = 0 });

    [Fact]
    public void Nothing_matching_gives_Other_with_no_versions()
    {
        var result = _parser.Parse("Unknown/1.0");

        result.Should().Be(UserAgentParseResult.Other);
        result.Browser.Should().Be(new UserAgentBrowser("Other", null, null, null));
    }

    [Fact]
    public void Family_replacement_inserts_group_one_and_groups_give_versions()
    {
        var browser = _parser.Parse("FancyBrowser/3.14").Browser;

        browser.Should().Be(new UserAgentBrowser("Fancy Fancy Edition", "3", "14", null));
    }

    [Fact]
    public void A_group_that_took_no_part_is_null_not_empty()
    {
        var browser = _parser.Parse("Tool/1.2").Browser;

        browser.Should().Be(new UserAgentBrowser("Tool", "1", "2", null));
    }

    [Fact]
    public void Version_replacement_overrides_the_group()
    {
        var browser = _parser.Parse("Plain/5").Browser;

        browser.Should().Be(new UserAgentBrowser("Plain", "7", null, null));
    }

    [Fact]
    public void A_match_whose_family_is_blank_does_not_stop_the_search()
    {
        var browser = _parser.Parse("NoFamily/1 Tool/2.0.1").Browser;

        browser.Should().Be(new UserAgentBrowser("Tool", "2", "0", "1"));
    }

    [Fact]
    public void Os_replacements_use_their_own_groups_and_keep_the_rest()
    {
        var os = _parser.Parse("(Windows NT 6.1)").Os;

        os.Should().Be(new UserAgentOs("Windows", "6", "1", null, null));
    }

    [Fact]
    public void Os_takes_up_to_five_groups_in_order()
    {
        var os = _parser.Parse("ToasterOS 1.2.3.4").Os;

        os.Should().Be(new UserAgentOs("Toaster", "1", "2", "3", "4"));
    }

    [Fact]
    public void Device_flag_i_matches_any_case_and_missing_groups_expand_to_nothing()
    {
        var device = _parser.Parse("Mozilla (Linux; ACME-Rocket )").Device;

        device.Should().Be(new UserAgentDevice("Acme Rocket", "Acme", "Rocket"));
    }

    [Fact]
    public void Device_without_replacements_uses_group_one_for_family_and_model_and_no_brand()
    {
        var device = _parser.Parse("(X; Widget )").Device;

        device.Should().Be(new UserAgentDevice("Widget", null, "Widget"));
    }

    [Fact]
    public void Matching_is_case_sensitive_without_the_flag()
    {
        var device = _parser.Parse("(X; widget )").Device;

        device.Should().Be(UserAgentDevice.Other);
    }

    [Fact]
    public void Yaml_that_is_not_a_rule_set_is_rejected_when_loading()
    {
        var load = () => UserAgentParser.FromYaml(new StringReader("just: [text"));

        load.Should().Throw<InvalidDataException>();
    }
}
