using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Rackwave.Security.Web.Sessions;

/// <summary>
/// Binds each live circuit's authentication state to its session as the circuit opens, and keeps
/// track of whether the browser is still connected to it.
/// </summary>
internal sealed class SessionCircuitHandler(
    SessionAuthenticationStateProvider sessionState,
    CircuitConnection connection) : CircuitHandler
{
    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        sessionState.BindToCircuit();
        return Task.CompletedTask;
    }

    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        connection.IsUp = true;
        return Task.CompletedTask;
    }

    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        connection.IsUp = false;
        return Task.CompletedTask;
    }
}

/// <summary>Whether the browser of this circuit is connected (a closed tab is not).</summary>
public sealed class CircuitConnection
{
    public bool IsUp { get; set; }
}
