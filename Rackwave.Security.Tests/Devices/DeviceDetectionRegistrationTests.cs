using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Rackwave.Security.Devices;
using Rackwave.Security.Devices.UserAgents;

namespace Rackwave.Security.Tests.Devices;

public sealed class DeviceDetectionRegistrationTests
{
    [Fact]
    public void Registers_one_parser_one_detector_and_one_warm_up_service()
    {
        var services = new ServiceCollection().AddLogging();

        services.AddDeviceDetection().AddDeviceDetection();
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IDeviceDetector>().Should().BeOfType<DeviceDetector>()
            .And.BeSameAs(provider.GetRequiredService<IDeviceDetector>());
        provider.GetRequiredService<UserAgentParser>().Should()
            .BeSameAs(provider.GetRequiredService<UserAgentParser>());
        provider.GetServices<IHostedService>().OfType<UserAgentRulesWarmer>().Should().ContainSingle();
    }

    [Fact]
    public void A_test_host_can_leave_out_the_warm_up_and_set_parser_limits()
    {
        var services = new ServiceCollection().AddLogging();

        services.AddDeviceDetection(options =>
        {
            options.WarmUpAtStart = false;
            options.Parser = new UserAgentParserOptions { MaxInputLength = 256 };
        });
        using var provider = services.BuildServiceProvider();

        provider.GetServices<IHostedService>().Should().BeEmpty();
        provider.GetRequiredService<UserAgentParser>().Options.MaxInputLength.Should().Be(256);
    }

    [Fact]
    public void The_warm_up_prepares_every_rule()
    {
        var parser = UserAgentParser.Create(new UserAgentParserOptions { CompileRegexes = false });
        var warmer = new UserAgentRulesWarmer(parser, NullLogger<UserAgentRulesWarmer>.Instance);

        var prepared = warmer.Warm(CancellationToken.None);

        prepared.Should().Be(parser.RuleCount);
    }

    [Fact]
    public async Task The_warm_up_service_finishes_in_the_background()
    {
        var parser = UserAgentParser.Create(new UserAgentParserOptions { CompileRegexes = false });
        using var warmer = new UserAgentRulesWarmer(parser, NullLogger<UserAgentRulesWarmer>.Instance);

        await warmer.StartAsync(CancellationToken.None);
        await warmer.ExecuteTask!;

        warmer.ExecuteTask.IsCompletedSuccessfully.Should().BeTrue();
    }
}
