using BackaBarnet.Live.GrainInterfaces.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace BackaBarnet.Live.Silo.Operations;

/// <summary>
/// The silo's operations surface on its own small listener (Ops:Port, loopback by default):
/// liveness, readiness and a Prometheus scrape endpoint. No child data is reachable here.
/// </summary>
public static class SiloOperations
{
    public const string ReadyTag = "ready";

    public static IServiceCollection AddSiloOperations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHealthChecks().AddCheck<SiloJoinedHealthCheck>("membership", tags: [ReadyTag]);
        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("backabarnet-silo"))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(LiveTelemetry.OrleansMeterName, LiveTelemetry.MeterName).AddPrometheusExporter();
                // Pushing to a collector is opt-in through the standard OpenTelemetry variables.
                if (!string.IsNullOrEmpty(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
                {
                    metrics.AddOtlpExporter();
                }
            });
        return services;
    }

    public static IEndpointRouteBuilder MapSiloOperations(this IEndpointRouteBuilder endpoints)
    {
        // Liveness runs no check: a process that answers is alive; restarting it for a lost
        // membership would only make things worse.
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        endpoints.MapPrometheusScrapingEndpoint();
        return endpoints;
    }
}
