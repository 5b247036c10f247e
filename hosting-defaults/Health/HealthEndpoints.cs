using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;

namespace BackaBarnet.Live.HostingDefaults.Health;

/// <summary>Liveness and readiness, the same on silos and web nodes; each host adds its own readiness checks with <see cref="ReadyTag"/>.</summary>
public static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    public static IEndpointRouteBuilder MapLiveHealth(this IEndpointRouteBuilder endpoints)
    {
        // Liveness runs no check: a process that answers is alive; restarting it for a lost
        // membership or gateway would only make things worse.
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return endpoints;
    }
}
