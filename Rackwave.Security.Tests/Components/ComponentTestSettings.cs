using System.Runtime.CompilerServices;
using Bunit;

namespace Rackwave.Security.Tests.Components;

/// <summary>bUnit settings for the whole assembly.</summary>
internal static class ComponentTestSettings
{
    /// <summary>
    /// bUnit waits one second by default for a render to satisfy an assertion. The suite runs
    /// component, HTTP and browser tests side by side on two cores, where a page that reloads a
    /// table of MudBlazor rows can take longer than that to get its turn. A wait ends as soon as
    /// its assertion holds, so the longer limit only delays a test that is failing anyway.
    /// </summary>
    [ModuleInitializer]
    internal static void Initialize() => BunitContext.DefaultWaitTimeout = TimeSpan.FromSeconds(10);
}
