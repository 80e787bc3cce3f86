using Microsoft.Extensions.Options;
using Rackwave.Security.Tests.Support;

namespace Rackwave.Security.Tests.Sessions;

public sealed class SessionPolicyStartupTests
{
    [Theory]
    [InlineData("Sessions:IdleTimeout", "40.00:00:00", "must not exceed Sessions:AbsoluteLifetime")]
    [InlineData("Sessions:IdleTimeout", "-01:00:00", "Sessions:IdleTimeout must be positive")]
    [InlineData("Sessions:AbsoluteLifetime", "00:00:00", "Sessions:AbsoluteLifetime must be positive")]
    public void The_app_refuses_to_start_with_a_policy_that_makes_no_sense(string key, string value, string message)
    {
        using var factory = new PortalFactory();
        factory.Settings[key] = value;

        var start = () => factory.CreateClient();

        start.Should().Throw<OptionsValidationException>().WithMessage($"*{message}*");
    }
}
