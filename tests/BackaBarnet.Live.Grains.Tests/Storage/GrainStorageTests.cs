using BackaBarnet.Live.GrainInterfaces.Hosting;
using Orleans.Storage;

namespace BackaBarnet.Live.Grains.Tests.Storage;

/// <summary>Our requirements of grain storage (reads, writes, optimistic concurrency) against the provider as the silo registers it, on real Azurite.</summary>
[Collection(StorageSiloCollection.Name)]
public sealed class GrainStorageTests(StorageSilo provider)
{
    [Fact]
    public async Task ReadingAMissingRecordGivesAnEmptyStateWithoutETag()
    {
        var state = await provider.ReadAsync<Sample>(StorageSilo.NewGrain());

        Assert.False(state.RecordExists);
        Assert.Null(state.ETag);
        Assert.NotNull(state.State);
    }

    [Fact]
    public async Task WrittenStateReadsBackWithTheSameETag()
    {
        var grain = StorageSilo.NewGrain();
        var written = new GrainState<Sample>(new Sample { Name = "Olle", Numbers = [1, 2, 3] });

        await provider.Storage.WriteStateAsync("sample", grain, written);
        var read = await provider.ReadAsync<Sample>(grain);

        Assert.True(written.RecordExists);
        Assert.NotNull(written.ETag);
        Assert.True(read.RecordExists);
        Assert.Equal(written.ETag, read.ETag);
        Assert.Equal("Olle", read.State!.Name);
        Assert.Equal([1, 2, 3], read.State!.Numbers);
    }

    [Fact]
    public async Task EachWriteGivesANewETag()
    {
        var grain = StorageSilo.NewGrain();
        var state = new GrainState<Sample>(new Sample { Name = "v1" });
        await provider.Storage.WriteStateAsync("sample", grain, state);
        var first = state.ETag;

        state.State!.Name = "v2";
        await provider.Storage.WriteStateAsync("sample", grain, state);

        Assert.NotEqual(first, state.ETag);
        Assert.Equal(state.ETag, (await provider.ReadAsync<Sample>(grain)).ETag);
    }

    [Fact]
    public async Task WriteWithAStaleETagIsAnInconsistentStateCarryingBothETags()
    {
        var grain = StorageSilo.NewGrain();
        var first = new GrainState<Sample>(new Sample { Name = "v1" });
        await provider.Storage.WriteStateAsync("sample", grain, first);
        var stale = new GrainState<Sample>(new Sample { Name = "stale" }) { ETag = first.ETag };
        first.State!.Name = "v2";
        await provider.Storage.WriteStateAsync("sample", grain, first);

        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(() => provider.Storage.WriteStateAsync("sample", grain, stale));

        Assert.Equal(first.ETag, conflict.StoredEtag);
        Assert.Equal(stale.ETag, conflict.CurrentEtag);
        Assert.Contains(grain.ToString(), conflict.Message);
        Assert.Contains("'sample'", conflict.Message);
        Assert.Contains(provider.TableName, conflict.Message);
        // Nothing of the storage package's own types inside: a web node could not read it (a 500 under load).
        Assert.Null(conflict.InnerException);
        Assert.Equal("v2", (await provider.ReadAsync<Sample>(grain)).State!.Name);
    }

    [Fact]
    public async Task ARetriedWriteWhoseFirstAttemptLandedSucceedsWithTheStoredETag()
    {
        var grain = StorageSilo.NewGrain();
        var state = new GrainState<Sample>(new Sample { Name = "v1" });
        await provider.Storage.WriteStateAsync("sample", grain, state);
        state.State!.Name = "v2";

        // The first attempt of the v2 write lands, but its answer is lost (as on a timeout): the
        // grain still holds the v1 ETag when the same write is sent again.
        var landed = new GrainState<Sample>(new Sample { Name = "v2" }) { ETag = state.ETag };
        await provider.Storage.WriteStateAsync("sample", grain, landed);
        await provider.Storage.WriteStateAsync("sample", grain, state);

        Assert.Equal(landed.ETag, state.ETag);
        var stored = await provider.ReadAsync<Sample>(grain);
        Assert.Equal("v2", stored.State!.Name);
        Assert.Equal(landed.ETag, stored.ETag);
    }

    [Fact]
    public async Task AWriteWhoseTriesAllRanOutButLandedIsNotReportedAsFailed()
    {
        var grain = StorageSilo.NewGrain();
        var state = new GrainState<Sample>(new Sample { Name = "v1" });
        await provider.Storage.WriteStateAsync("sample", grain, state);
        state.State!.Name = "v2";

        await provider.GuardOver(new TimedOutWrites(provider.Official, land: true)).WriteStateAsync("sample", grain, state);

        // The caller now holds the stored ETag: its next write is not a conflict with itself.
        var stored = await provider.ReadAsync<Sample>(grain);
        Assert.Equal(("v2", stored.ETag), (stored.State!.Name, state.ETag));
        state.State.Name = "v3";
        await provider.Storage.WriteStateAsync("sample", grain, state);
        Assert.Equal("v3", (await provider.ReadAsync<Sample>(grain)).State!.Name);
    }

    [Fact]
    public async Task AWriteWhoseTriesAllRanOutAndDidNotLandFails()
    {
        var grain = StorageSilo.NewGrain();
        var state = new GrainState<Sample>(new Sample { Name = "v1" });
        await provider.Storage.WriteStateAsync("sample", grain, state);
        var before = state.ETag;
        state.State!.Name = "v2";

        await Assert.ThrowsAsync<GrainStorageFailedException>(
            () => provider.GuardOver(new TimedOutWrites(provider.Official, land: false)).WriteStateAsync("sample", grain, state));

        Assert.Equal(before, state.ETag);
        Assert.Equal("v1", (await provider.ReadAsync<Sample>(grain)).State!.Name);
    }

    [Fact]
    public async Task InsertWithoutETagOverAnExistingRowIsAnInconsistentStateCarryingTheStoredETag()
    {
        var grain = StorageSilo.NewGrain();
        var first = new GrainState<Sample>(new Sample { Name = "first" });
        await provider.Storage.WriteStateAsync("sample", grain, first);
        var duplicate = new GrainState<Sample>(new Sample { Name = "second" });

        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(() => provider.Storage.WriteStateAsync("sample", grain, duplicate));

        Assert.Equal(first.ETag, conflict.StoredEtag);
        Assert.Null(duplicate.ETag);
        Assert.Equal("first", (await provider.ReadAsync<Sample>(grain)).State!.Name);
    }

    [Fact]
    public async Task TwoStateNamesOfOneGrainAreIndependent()
    {
        var grain = StorageSilo.NewGrain();
        await provider.Storage.WriteStateAsync("plan", grain, new GrainState<Sample>(new Sample { Name = "plan" }));
        await provider.Storage.WriteStateAsync("profile", grain, new GrainState<Sample>(new Sample { Name = "profile" }));

        await provider.Storage.ClearStateAsync("plan", grain, await provider.ReadAsync<Sample>(grain, "plan"));

        Assert.False((await provider.ReadAsync<Sample>(grain, "plan")).RecordExists);
        var profile = await provider.ReadAsync<Sample>(grain, "profile");
        Assert.True(profile.RecordExists);
        Assert.Equal("profile", profile.State!.Name);
    }

    [Fact]
    public async Task OfTwoRacingWritersExactlyOneWins()
    {
        var grain = StorageSilo.NewGrain();
        await provider.Storage.WriteStateAsync("sample", grain, new GrainState<Sample>(new Sample { Name = "start" }));
        var racers = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => provider.ReadAsync<Sample>(grain)));
        racers[0].State!.Name = "racer 0";
        racers[1].State!.Name = "racer 1";

        var outcomes = await Task.WhenAll(racers.Select(async racer =>
        {
            try
            {
                await provider.Storage.WriteStateAsync("sample", grain, racer);
                return true;
            }
            catch (InconsistentStateException)
            {
                return false;
            }
        }));

        var winner = Assert.Single(outcomes.Select((won, index) => (won, index)), o => o.won).index;
        var stored = await provider.ReadAsync<Sample>(grain);
        Assert.Equal($"racer {winner}", stored.State!.Name);
        Assert.Equal(racers[winner].ETag, stored.ETag);
    }
}
