using BackaBarnet.Live.Grains.Tests.Cluster;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Grains.Tests.Reminders;

/// <summary>Not in the shared collection: it stops and redeploys its own cluster.</summary>
public sealed class ReminderRestartTests
{
    [Fact]
    public async Task AReminderRegisteredBeforeASiloRestartFiresAfterIt()
    {
        var serviceId = TestStorage.UniqueServiceId("reminder-restart");
        var key = Guid.NewGuid().ToString("N");
        var fixture = new ClusterFixture();
        await fixture.StartAsync(serviceId);
        await fixture.Grains.GetGrain<IReminderProbeGrain>(key).ScheduleAsync(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2));
        await fixture.StopAsync();

        var restartedAt = DateTimeOffset.UtcNow;
        await fixture.StartAsync(serviceId);
        try
        {
            var probe = fixture.Grains.GetGrain<IReminderProbeGrain>(key);
            await Eventually.HoldsAsync(
                async () => await probe.GetLastTickAsync() is { } tick && tick >= restartedAt, TimeSpan.FromSeconds(60), $"a tick after the restart at {restartedAt:O}");

            await probe.CancelAsync();
        }
        finally
        {
            await fixture.StopAsync();
        }
    }

    [Fact]
    public async Task ARegisteredReminderIsARowInTheReminderTable()
    {
        var serviceId = TestStorage.UniqueServiceId("reminder-row");
        var key = Guid.NewGuid().ToString("N");
        var fixture = new ClusterFixture();
        await fixture.StartAsync(serviceId);
        try
        {
            var probe = fixture.Grains.GetGrain<IReminderProbeGrain>(key);
            await probe.ScheduleAsync(TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(10));

            var table = await ReminderTables.OfficialAsync(serviceId);
            var row = await table.ReadRow(probe.GetGrainId(), ReminderProbeGrain.ReminderName);
            Assert.NotNull(row);
            Assert.Equal(TimeSpan.FromMinutes(10), row.Period);

            await probe.CancelAsync();
            Assert.Null(await table.ReadRow(probe.GetGrainId(), ReminderProbeGrain.ReminderName));
        }
        finally
        {
            await fixture.StopAsync();
        }
    }
}
