using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BackaBarnet.Live.Web.Operations;

/// <summary>Ready while the node's Orleans client reaches at least one silo gateway; without one it can serve nothing.</summary>
internal sealed class GatewayHealthCheck(ClusterConnectionWatch watch) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(watch.IsConnected
            ? HealthCheckResult.Healthy($"connected to the cluster ({(watch.Gateways < 0 ? "gateway count not reported yet" : $"{watch.Gateways} gateways")})")
            : HealthCheckResult.Unhealthy("no silo gateway reachable"));
}
