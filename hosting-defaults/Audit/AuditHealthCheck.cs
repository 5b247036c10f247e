using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BackaBarnet.Live.HostingDefaults.Audit;

/// <summary>
/// Readiness of a node that audits: not ready while the audit table cannot be reached, or for a
/// few seconds after a write failed with none succeeding since (an access that cannot be logged
/// is refused, so the node would answer only errors). It asks the table itself each time, so it
/// turns ready again by itself when storage returns: a node out of the load balancer gets no
/// traffic that could prove it healthy.
/// </summary>
public sealed class AuditHealthCheck(AuditTable audit) : IHealthCheck
{
    /// <summary>A probe that has not answered in this long counts as storage away.</summary>
    public static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProbeTimeout);
        try
        {
            await audit.ProbeAsync(timeout.Token);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("The audit table cannot be reached.");
        }

        return audit.LastWriteFailed
            ? HealthCheckResult.Unhealthy("The last audit write failed.")
            : HealthCheckResult.Healthy();
    }
}
