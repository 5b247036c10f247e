using System.Text;
using Azure.Data.Tables;
using BackaBarnet.Live.GrainInterfaces.Evaluation;
using BackaBarnet.Live.Grains.Tests.Cluster;
using BackaBarnet.Live.HostingDefaults.Storage;
using BackaBarnet.Live.TestSupport;
using Orleans.Core.Internal;

namespace BackaBarnet.Live.Grains.Tests.Evaluation;

/// <summary>A shard keeps facts in memory and stores them shortly after; a deactivation stores what is waiting.</summary>
[Collection(ClusterCollection.Name)]
public sealed class FactsShardStorageTests(ClusterFixture fixture)
{
    [Fact]
    public async Task FactsRecordedJustBeforeADeactivationAreThereAfterReactivation()
    {
        // A shard of its own: the product's 32 are shared with every other test.
        var shard = fixture.Grains.GetGrain<IEvaluationFactsGrain>(Random.Shared.NextInt64(1_000_000, long.MaxValue));
        var children = new[] { Guid.NewGuid(), Guid.NewGuid() };
        await shard.RecordAsync(children[0], Facts.ConcernIn("Enhet A"));
        await shard.RecordAsync(children[1], Facts.ConcernIn("Enhet B"));

        await shard.AsReference<IGrainManagementExtension>().DeactivateOnIdle();
        // Until the activation is gone, a call would still reach the one that holds the facts in memory.
        var management = fixture.Grains.GetGrain<IManagementGrain>(0);
        await Eventually.HoldsAsync(async () => await management.GetActivationAddress(shard) is null, TimeSpan.FromSeconds(10), "the shard's activation to be gone");

        Assert.Equal(children.Order(), (await shard.GetChildIdsAsync()).Order());
        Assert.Equal(["Enhet A", "Enhet B"], (await shard.GetFactsAsync()).Select(f => f.Events[0].Group.Unit).Order());
    }

    [Fact]
    public async Task FactsAreStoredWithinSecondsWithoutADeactivation()
    {
        var shardKey = Random.Shared.NextInt64(1_000_000, long.MaxValue);
        var shard = fixture.Grains.GetGrain<IEvaluationFactsGrain>(shardKey);
        var childId = Guid.NewGuid();
        await shard.RecordAsync(childId, Facts.ConcernIn("Enhet C"));

        await Eventually.HoldsAsync(
            async () => (await StoredStateAsync(shardKey)).Contains(childId.ToString()), TimeSpan.FromSeconds(20), "the shard's row to name the child");
    }

    /// <summary>What the shard's row in the table holds, read past the grain (its JSON names the children).</summary>
    private async Task<string> StoredStateAsync(long shardKey)
    {
        var table = new TableClient(TestStorage.ConnectionString, new StorageAccount(TestStorage.ConnectionString).GrainStateTable);
        var grainId = fixture.Grains.GetGrain<IEvaluationFactsGrain>(shardKey).GetGrainId();
        var row = await table.GetEntityIfExistsAsync<TableEntity>(GrainStateRows.PartitionKey(fixture.Cluster.Options.ServiceId, grainId), GrainStateRows.RowKey("evaluation"));
        return row.HasValue ? Encoding.UTF8.GetString(GrainStateRows.Data(row.Value!)) : "";
    }
}
