using BackaBarnet.Live.TestSupport;
using Orleans.Storage;

namespace BackaBarnet.Live.Grains.Tests.Storage;

/// <summary>
/// What the official provider alone does where our requirements go further: the reasons
/// GuardedGrainStorage exists. When a new Orleans version fixes one of these, its test fails here,
/// and that part of our layer can go.
/// </summary>
[Collection(StorageSiloCollection.Name)]
public sealed class WhyTheStorageIsGuardedTests(StorageSilo provider)
{
    [Fact]
    public async Task AloneTheOfficialProviderCallsARetriedWriteWhoseFirstAttemptLandedAConflict()
    {
        var grain = StorageSilo.NewGrain();
        var state = new GrainState<Sample>(new Sample { Name = "v1" });
        await provider.Official.WriteStateAsync("sample", grain, state);
        state.State!.Name = "v2";
        await provider.Official.WriteStateAsync("sample", grain, new GrainState<Sample>(new Sample { Name = "v2" }) { ETag = state.ETag });

        await Assert.ThrowsAsync<TableStorageUpdateConditionNotSatisfiedException>(() => provider.Official.WriteStateAsync("sample", grain, state));
    }

    [Fact]
    public async Task AloneTheOfficialProviderDoesNotSayWhichETagIsStoredInAConflict()
    {
        var grain = StorageSilo.NewGrain();
        var first = new GrainState<Sample>(new Sample { Name = "first" });
        await provider.Official.WriteStateAsync("sample", grain, first);

        var conflict = await Assert.ThrowsAsync<TableStorageUpdateConditionNotSatisfiedException>(
            () => provider.Official.WriteStateAsync("sample", grain, new GrainState<Sample>(new Sample { Name = "second" })));

        Assert.Equal("Unknown", conflict.StoredEtag);
    }

    [Fact]
    public async Task AloneTheOfficialProviderDoesNotNameTheGrainOfARowItCannotRead()
    {
        var grain = StorageSilo.NewGrain();
        await provider.RawTable.AddEntityAsync(GrainStateRows.Row(GrainStateRows.PartitionKey(provider.ServiceId, grain), "plan", "not json"u8.ToArray()));

        var error = await Assert.ThrowsAnyAsync<Exception>(() => provider.Official.ReadStateAsync("plan", grain, new GrainState<Sample>()));

        Assert.DoesNotContain(grain.ToString(), error.Message);
    }

    [Fact]
    public async Task AloneTheOfficialProviderDoesNotNameTheGrainOfAStateTooLargeToStore()
    {
        var grain = StorageSilo.NewGrain();

        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => provider.Official.WriteStateAsync(
            "plan", grain, new GrainState<Sample>(new Sample { Blob = GrainStorageSizeTests.RandomBytes(730 * 1024) })));

        Assert.DoesNotContain(grain.ToString(), error.Message);
    }
}
