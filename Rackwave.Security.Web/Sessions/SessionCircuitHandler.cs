using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Rackwave.Security.Web.Sessions;

/// <summary>Binds each live circuit's authentication state to its session as the circuit opens.</summary>
internal sealed class SessionCircuitHandler(SessionAuthenticationStateProvider sessionState) : CircuitHandler
{
    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        sessionState.BindToCircuit();
        return Task.CompletedTask;
    }
}
