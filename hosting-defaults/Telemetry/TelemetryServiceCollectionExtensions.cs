using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace BackaBarnet.Live.HostingDefaults.Telemetry;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>
    /// OpenTelemetry metrics of ours and Orleans' (plus <paramref name="moreMeters"/>), for a
    /// Prometheus scrape endpoint the host maps itself, and pushed over OTLP when the standard
    /// OTEL_EXPORTER_OTLP_ENDPOINT variable is set.
    /// </summary>
    public static IServiceCollection AddLiveTelemetry(this IServiceCollection services, IConfiguration configuration, string serviceName, params string[] moreMeters)
    {
        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(serviceName))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter([.. LiveTelemetry.Subscriptions, .. moreMeters]).AddPrometheusExporter();
                if (!string.IsNullOrEmpty(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
                {
                    metrics.AddOtlpExporter();
                }
            });
        return services;
    }
}
