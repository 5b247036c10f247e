using BackaBarnet.Live.GrainInterfaces.Hosting;
using BackaBarnet.Live.Web.Auth;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using Orleans.Dashboard;

namespace BackaBarnet.Live.Web.Operations;

/// <summary>
/// The web node's operations surface: anonymous liveness and readiness (they reveal nothing),
/// and the metrics scrape endpoint and the Orleans dashboard for the ops role only.
/// </summary>
public static class WebOperations
{
    public const string ReadyTag = "ready";
    public const string DashboardPath = "/ops/dashboard";
    public const string MetricsPath = "/ops/metrics";

    /// <summary>The Orleans-client half: gateway watch (readiness, observer renewal) and the dashboard's client.</summary>
    public static IClientBuilder AddWebOperations(this IClientBuilder client)
    {
        client.Services.AddSingleton<ClusterConnectionWatch>();
        client.Services.AddSingleton<IClusterConnectionStatusObserver>(sp => sp.GetRequiredService<ClusterConnectionWatch>());
        return client.AddDashboard();
    }

    public static IServiceCollection AddWebOperations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ConnectionDrain>();
        services.AddHealthChecks().AddCheck<GatewayHealthCheck>("gateway", tags: [ReadyTag]);
        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("backabarnet-web"))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(
                        LiveTelemetry.OrleansMeterName,
                        LiveTelemetry.MeterName,
                        "Microsoft.AspNetCore.Hosting",
                        "Microsoft.AspNetCore.Server.Kestrel",
                        "Microsoft.AspNetCore.Http.Connections")
                    .AddPrometheusExporter();
                // Pushing to a collector is opt-in through the standard OpenTelemetry variables.
                if (!string.IsNullOrEmpty(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
                {
                    metrics.AddOtlpExporter();
                }
            });
        return services;
    }

    public static WebApplication MapWebOperations(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        app.MapPrometheusScrapingEndpoint(MetricsPath).RequireAuthorization(AuthRoles.Ops);
        app.MapOrleansDashboard(DashboardPath).RequireAuthorization(AuthRoles.Ops);
        return app;
    }
}
