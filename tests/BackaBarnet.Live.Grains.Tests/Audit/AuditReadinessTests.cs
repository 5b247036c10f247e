using System.Diagnostics;
using Azure.Data.Tables;
using BackaBarnet.Live.GrainInterfaces.Audit;
using BackaBarnet.Live.HostingDefaults.Audit;
using BackaBarnet.Live.TestSupport;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Xunit.Abstractions;

namespace BackaBarnet.Live.Grains.Tests.Audit;

/// <summary>A node that cannot write its audit log says so through readiness, and recovers without help.</summary>
public sealed class AuditReadinessTests(ITestOutputHelper output)
{
    /// <summary>The probe's own limit plus the SDK's first quick retry: what readiness may take to notice.</summary>
    private static readonly TimeSpan NoticeWithin = AuditHealthCheck.ProbeTimeout + TimeSpan.FromSeconds(2);

    [Fact]
    public async Task ReadinessTurnsFalseWhileTheAuditTableIsAwayAndBackByItselfWhenItReturns()
    {
        await using var azurite = await AzuriteProcess.StartNewAsync();
        var audit = new AuditTable(new TableServiceClient(azurite.ConnectionString).GetTableClient("auditready"));
        var readiness = new AuditHealthCheck(audit);
        await audit.AppendAsync(Entry("read before the outage"));
        Assert.Equal(HealthStatus.Healthy, (await CheckAsync(readiness)).Status);

        await azurite.StopAsync();
        var clock = Stopwatch.StartNew();
        var down = await CheckAsync(readiness);
        var noticedAfter = clock.Elapsed;
        await Assert.ThrowsAnyAsync<Exception>(() => audit.AppendAsync(Entry("read during the outage")));

        await azurite.StartAsync();
        clock.Restart();
        await Eventually.HoldsAsync(async () => (await CheckAsync(readiness)).Status == HealthStatus.Healthy, TimeSpan.FromSeconds(30), "readiness to turn true again");
        var recoveredAfter = clock.Elapsed;
        await audit.AppendAsync(Entry("read after the outage"));

        output.WriteLine($"unready {noticedAfter.TotalSeconds:F1} s after storage stopped; ready again {recoveredAfter.TotalSeconds:F1} s after it returned");
        Assert.Equal(HealthStatus.Unhealthy, down.Status);
        Assert.True(noticedAfter < NoticeWithin, $"readiness took {noticedAfter.TotalSeconds:F1} s to notice");
    }

    [Fact]
    public async Task AFailedWriteKeepsTheNodeUnreadyForAMomentEvenWhenReadsAnswer()
    {
        await using var azurite = await AzuriteProcess.StartNewAsync();
        var audit = new AuditTable(new TableServiceClient(azurite.ConnectionString).GetTableClient("auditready2"));
        var readiness = new AuditHealthCheck(audit);
        await azurite.StopAsync();
        await Assert.ThrowsAnyAsync<Exception>(() => audit.AppendAsync(Entry("read during the outage")));
        await azurite.StartAsync();

        // The table answers again, but the failed write is recent and nothing has been written since.
        Assert.Equal(HealthStatus.Unhealthy, (await CheckAsync(readiness)).Status);
        await audit.AppendAsync(Entry("read after the outage"));
        Assert.Equal(HealthStatus.Healthy, (await CheckAsync(readiness)).Status);
    }

    private static Task<HealthCheckResult> CheckAsync(AuditHealthCheck check) =>
        check.CheckHealthAsync(new HealthCheckContext { Registration = new HealthCheckRegistration("audit", check, null, null) });

    private static AuditEntry Entry(string action) =>
        new(DateTimeOffset.UtcNow, "erik-rektor", "School", "Rektor", action, Guid.NewGuid());
}
