using BackaBarnet.Live.TestSupport;
using Orleans.Storage;

namespace BackaBarnet.Live.Grains.Tests.Storage;

/// <summary>Clearing, as the silo registers it: the row is deleted (as our own provider did; the official default keeps it emptied).</summary>
[Collection(StorageSiloCollection.Name)]
public sealed class GrainStorageClearTests(StorageSilo provider)
{
    [Fact]
    public async Task ClearedStateReadsAsMissingAndLeavesNoRow()
    {
        var grain = StorageSilo.NewGrain();
        var state = new GrainState<Sample>(new Sample { Name = "to clear" });
        await provider.Storage.WriteStateAsync("sample", grain, state);

        await provider.Storage.ClearStateAsync("sample", grain, state);
        var read = await provider.ReadAsync<Sample>(grain);

        Assert.False(state.RecordExists);
        Assert.Null(state.ETag);
        Assert.Equal("", state.State!.Name);
        Assert.False(read.RecordExists);
        Assert.Null(read.ETag);
        Assert.Equal("", read.State!.Name);
        Assert.False((await provider.RawTable.GetEntityIfExistsAsync<Azure.Data.Tables.TableEntity>(
            GrainStateRows.PartitionKey(provider.ServiceId, grain), "sample")).HasValue);
    }

    [Fact]
    public async Task ClearingTwiceIsHarmless()
    {
        var grain = StorageSilo.NewGrain();
        var state = new GrainState<Sample>(new Sample { Name = "x" });
        await provider.Storage.WriteStateAsync("sample", grain, state);

        await provider.Storage.ClearStateAsync("sample", grain, state);
        await provider.Storage.ClearStateAsync("sample", grain, state);

        Assert.False(state.RecordExists);
        Assert.False((await provider.ReadAsync<Sample>(grain)).RecordExists);
    }

    [Fact]
    public async Task ClearingAStateThatWasNeverWrittenIsHarmless()
    {
        var grain = StorageSilo.NewGrain();
        var state = await provider.ReadAsync<Sample>(grain);

        await provider.Storage.ClearStateAsync("sample", grain, state);

        Assert.False(state.RecordExists);
        Assert.Null(state.ETag);
    }

    [Fact]
    public async Task ClearWithAStaleETagIsAnInconsistentStateCarryingTheStoredETagAndKeepsTheRow()
    {
        var grain = StorageSilo.NewGrain();
        var state = new GrainState<Sample>(new Sample { Name = "v1" });
        await provider.Storage.WriteStateAsync("sample", grain, state);
        var stale = new GrainState<Sample>(new Sample()) { ETag = state.ETag };
        state.State!.Name = "v2";
        await provider.Storage.WriteStateAsync("sample", grain, state);

        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(() => provider.Storage.ClearStateAsync("sample", grain, stale));

        Assert.Equal(state.ETag, conflict.StoredEtag);
        Assert.Equal("v2", (await provider.ReadAsync<Sample>(grain)).State!.Name);
    }

    [Fact]
    public async Task ClearWithoutETagNeverRemovesARowWrittenByAnother()
    {
        var grain = StorageSilo.NewGrain();
        var other = new GrainState<Sample>(new Sample { Name = "someone else's" });
        await provider.Storage.WriteStateAsync("sample", grain, other);

        // The official provider does nothing for a state that holds no ETag: nothing is lost.
        await provider.Storage.ClearStateAsync("sample", grain, new GrainState<Sample>(new Sample()));

        Assert.Equal("someone else's", (await provider.ReadAsync<Sample>(grain)).State!.Name);
    }
}
