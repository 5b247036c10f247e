using BackaBarnet.Live.HostingDefaults.Health;
using BackaBarnet.Live.HostingDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BackaBarnet.Live.Silo.Operations;

/// <summary>
/// The silo's operations surface on its own small listener (Ops:Port, loopback by default):
/// liveness, readiness and a Prometheus scrape endpoint. No child data is reachable here.
/// </summary>
public static class SiloOperations
{
    public static IServiceCollection AddSiloOperations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHealthChecks().AddCheck<SiloJoinedHealthCheck>("membership", tags: [HealthEndpoints.ReadyTag]);
        return services.AddLiveTelemetry(configuration, "backabarnet-silo");
    }

    public static IEndpointRouteBuilder MapSiloOperations(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapLiveHealth();
        endpoints.MapPrometheusScrapingEndpoint();
        return endpoints;
    }
}
