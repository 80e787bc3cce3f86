using System.Diagnostics;
using Rackwave.Security.Tests.Locations;

namespace Rackwave.Security.Tests.Hosting;

/// <summary>
/// The portal as an operator starts it, as a process: a setting that makes no sense stops it with
/// one line that names the setting and a failing exit code, not a crash with a stack trace.
/// </summary>
public sealed class StartupFailureProcessTests
{
    [Theory]
    [InlineData("Sessions__IdleTimeout", "abc", "Sessions:IdleTimeout")]
    [InlineData("Sessions__IdleTimeout", "-01:00:00", "Sessions:IdleTimeout must be positive")]
    [InlineData("ConnectionStrings__Rackwave", "garbage", "ConnectionStrings:Rackwave is not a SQLite")]
    public async Task A_wrong_setting_stops_start_up_with_one_line_that_names_it(string key, string value, string named)
    {
        using var folder = new TempFolder();
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "Rackwave.Security.Web.dll") },
            WorkingDirectory = folder.Path,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
                ["ConnectionStrings__Rackwave"] = $"Data Source={Path.Combine(folder.Path, "portal.db")}",
                ["Devices__WarmUpAtStart"] = "false",
                [key] = value,
            },
        };

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);

        process.ExitCode.Should().Be(1);
        var lines = (await errors).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().ContainSingle()
            .Which.Should().StartWith("Rackwave Security could not start:").And.Contain(named);
        (await output).Should().NotContain("   at ", "no stack trace");
    }
}
