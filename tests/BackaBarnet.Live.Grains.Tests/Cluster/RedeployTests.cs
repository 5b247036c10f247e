using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Professionals;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Grains.Tests.Cluster;

/// <summary>Not in the shared collection: it stops and redeploys its own cluster.</summary>
public sealed class RedeployTests
{
    [Fact]
    public async Task ChildRecordAndInboxSurviveAClusterRedeploy()
    {
        var serviceId = TestStorage.UniqueServiceId("redeploy");
        var childId = Guid.NewGuid();
        var fixture = new ClusterFixture();
        await fixture.StartAsync(serviceId);
        var raised = await RegisterWithConcernAsync(fixture.Grains, childId);
        await fixture.StopAsync();

        await fixture.StartAsync(serviceId);
        try
        {
            var snapshot = await fixture.Grains.GetGrain<IChildGrain>(childId).GetSnapshotAsync();
            Assert.Equal("Moa", snapshot.DisplayName);
            Assert.Equal(2, snapshot.Version);
            Assert.Equal(raised.ConcernId, Assert.Single(snapshot.OpenConcerns).ConcernId);
            Assert.Equal([NeedsArea.Developing, NeedsArea.Leisure], snapshot.OpenConcerns[0].Areas);
            var inbox = await fixture.Grains.GetGrain<IProfessionalGrain>("maria-forskola").GetOpenConcernAlertsAsync();
            Assert.Contains(inbox, a => a.Concern.ConcernId == raised.ConcernId);
        }
        finally
        {
            await fixture.StopAsync();
        }
    }

    private static async Task<ConcernView> RegisterWithConcernAsync(IGrainFactory grains, Guid childId)
    {
        var child = grains.GetGrain<IChildGrain>(childId);
        await child.RegisterAsync(new NewChild("Moa", "maria-forskola", "maria-forskola"));
        return await child.RaiseConcernAsync(new NewConcern("sara-soc", "Moa har slutat gå på fritids.", [NeedsArea.Developing, NeedsArea.Leisure]));
    }
}
