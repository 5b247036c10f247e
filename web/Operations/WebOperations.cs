using BackaBarnet.Live.HostingDefaults.Health;
using BackaBarnet.Live.HostingDefaults.Telemetry;
using BackaBarnet.Live.Web.Auth;
using Orleans.Dashboard;

namespace BackaBarnet.Live.Web.Operations;

/// <summary>
/// The web node's operations surface: anonymous liveness and readiness (they reveal nothing),
/// and the metrics scrape endpoint and the Orleans dashboard for the ops role only.
/// </summary>
public static class WebOperations
{
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
        services.AddHealthChecks().AddCheck<GatewayHealthCheck>("gateway", tags: [HealthEndpoints.ReadyTag]);
        return services.AddLiveTelemetry(
            configuration,
            "backabarnet-web",
            "Microsoft.AspNetCore.Hosting",
            "Microsoft.AspNetCore.Server.Kestrel",
            "Microsoft.AspNetCore.Http.Connections");
    }

    public static WebApplication MapWebOperations(this WebApplication app)
    {
        app.MapLiveHealth();
        app.MapPrometheusScrapingEndpoint(MetricsPath).RequireAuthorization(AuthRoles.Ops);
        app.MapOrleansDashboard(DashboardPath).RequireAuthorization(AuthRoles.Ops);
        return app;
    }
}
