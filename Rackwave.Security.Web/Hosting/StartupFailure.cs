namespace Rackwave.Security.Web.Hosting;

/// <summary>Why the portal could not start, in the words of the exceptions that said so.</summary>
internal static class StartupFailure
{
    /// <summary>
    /// Whether the portal is its own process. Hosted by another (the tests' WebApplicationFactory),
    /// the host gets the exception itself.
    /// </summary>
    public static bool IsOwnProcess =>
        System.Reflection.Assembly.GetEntryAssembly() == typeof(StartupFailure).Assembly;

    /// <summary>
    /// The message and those of its causes, each once ("Failed to convert configuration value at
    /// 'Sessions:IdleTimeout' to type 'System.TimeSpan'. abc is not a valid value for TimeSpan.").
    /// </summary>
    public static string Describe(Exception exception)
    {
        var messages = new List<string>();
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (!messages.Any(m => m.Contains(current.Message, StringComparison.Ordinal)))
            {
                messages.Add(current.Message.Trim());
            }
        }

        return string.Join(" ", messages);
    }
}
