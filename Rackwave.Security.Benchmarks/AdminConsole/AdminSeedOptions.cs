using System.Globalization;

namespace Rackwave.Security.Benchmarks.AdminConsole;

/// <summary>
/// What <c>--admin-console</c> seeds and measures. Flags: <c>--db PATH</c>, <c>--sessions N</c>,
/// <c>--accounts N</c>, <c>--running-share F</c> (0..1), <c>--runs N</c>, <c>--reseed</c>,
/// <c>--app-warm-up</c>, <c>--plans</c>.
/// </summary>
internal sealed record AdminSeedOptions
{
    /// <summary>The fixed "now" of the seeded data and of every measurement.</summary>
    public static readonly DateTime Now = new(2026, 6, 1, 12, 0, 0, DateTimeKind.Utc);

    public string DatabasePath { get; init; } = Path.Combine(Path.GetTempPath(), "rackwave-admin-bench.db");

    public int Sessions { get; init; } = 1_000_000;

    public int Accounts { get; init; } = 50_000;

    /// <summary>Share of the sessions still running; the rest ended over the last month.</summary>
    public double RunningShare { get; init; } = 0.25;

    public int Runs { get; init; } = 7;

    public bool Reseed { get; init; }

    /// <summary>Run the console's start-up warm-up before the cases, as the app does.</summary>
    public bool AppWarmUp { get; init; }

    /// <summary>Print each statement and SQLite's plan for it after its timings.</summary>
    public bool ShowPlans { get; init; }

    public static AdminSeedOptions Parse(IReadOnlyList<string> args)
    {
        var options = new AdminSeedOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--db" => options with { DatabasePath = Path.GetFullPath(Next()) },
                "--sessions" => options with { Sessions = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--accounts" => options with { Accounts = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--running-share" => options with { RunningShare = double.Parse(Next(), CultureInfo.InvariantCulture) },
                "--runs" => options with { Runs = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--reseed" => options with { Reseed = true },
                "--plans" => options with { ShowPlans = true },
                "--app-warm-up" => options with { AppWarmUp = true },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }

        return options;
    }
}
