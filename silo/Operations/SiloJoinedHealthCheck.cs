using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BackaBarnet.Live.Silo.Operations;

/// <summary>Ready once this silo is Active in the cluster's membership: before that (joining) and after it (stopping) it takes no grains.</summary>
internal sealed class SiloJoinedHealthCheck(IClusterMembershipService membership, ILocalSiloDetails silo) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = membership.CurrentSnapshot.GetSiloStatus(silo.SiloAddress);
        return Task.FromResult(status == SiloStatus.Active
            ? HealthCheckResult.Healthy($"silo {silo.SiloAddress} is Active")
            : HealthCheckResult.Unhealthy($"silo {silo.SiloAddress} is {status}"));
    }
}
