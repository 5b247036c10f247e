using Azure.Data.Tables;
using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Professionals;
using BackaBarnet.Live.GrainInterfaces.Sessions;
using BackaBarnet.Live.Grains.Tests.Cluster;
using BackaBarnet.Live.Grains.Tests.Reminders;
using BackaBarnet.Live.Grains.Tests.Storage;
using BackaBarnet.Live.HostingDefaults.Storage;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Grains.Tests.Upgrade;

/// <summary>An existing deployment's tables, as our own providers left them, under the official ones.</summary>
public sealed class LegacyRowsTests
{
    [Fact]
    public async Task GrainStateOurOwnProviderWroteLoadsUnchangedAndItsRemindersFireAfterTheUpgrade()
    {
        var serviceId = TestStorage.UniqueServiceId("legacy");
        var legacy = LegacyRows.Load();
        await legacy.WriteAsync(TestStorage.ConnectionString, serviceId);
        var reminders = new TableClient(TestStorage.ConnectionString, new StorageAccount(TestStorage.ConnectionString).ReminderTable);
        var fixture = new ClusterFixture();
        var startedAt = DateTimeOffset.UtcNow;
        await fixture.StartAsync(serviceId);
        try
        {
            var child = await fixture.Grains.GetGrain<IChildGrain>(legacy.ChildId).GetSnapshotAsync();
            Assert.Equal("Moa", child.DisplayName);
            Assert.Equal(legacy.ConcernId, Assert.Single(child.OpenConcerns).ConcernId);
            Assert.Contains(await fixture.Grains.GetGrain<IProfessionalGrain>("maria-forskola").GetOpenConcernAlertsAsync(), a => a.Concern.ConcernId == legacy.ConcernId);
            var meeting = await fixture.Grains.GetGrain<ITeamSessionGrain>(legacy.SessionId).GetSnapshotAsync("maria-forskola");
            Assert.Equal(["Hembesök", "Samtal med Moa"], meeting.Agenda.Single().Actions.Select(a => a.What).Order());
            // Five Data properties, joined in order.
            Assert.Equal(new ProbeReading(true, 7, true), await fixture.Grains.GetGrain<IStorageProbeGrain>("legacy-big").ReadAsync());

            // The reminder was registered by the old code; the silo converted its row when it started.
            var probe = fixture.Grains.GetGrain<IReminderProbeGrain>("legacy-reminder");
            var tick = await Eventually.ReturnsAsync(async () => await probe.GetLastTickAsync() is { } at && at > startedAt ? at : (DateTimeOffset?)null, TimeSpan.FromSeconds(60), "the old reminder to fire after the upgrade");
            Assert.True(tick > startedAt);
            var row = Assert.Single(reminders.Query<TableEntity>(r => r.PartitionKey.CompareTo(serviceId + "_") > 0 && r.PartitionKey.CompareTo(serviceId + "`") < 0));
            Assert.IsType<string>(row["StartAt"]);
            Assert.Equal(fixture.Cluster.Options.ClusterId, row.GetString("DeploymentId"));
            await probe.CancelAsync();
        }
        finally
        {
            await fixture.StopAsync();
        }
    }
}
