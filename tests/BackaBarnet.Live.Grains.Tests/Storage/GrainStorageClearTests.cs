using Orleans.Storage;

namespace BackaBarnet.Live.Grains.Tests.Storage;

/// <summary>Clearing, in both modes: deleting the row (the default) and keeping it emptied.</summary>
public sealed class GrainStorageClearTests : IAsyncLifetime
{
    private readonly ProviderUnderTest deleting = new();
    private readonly ProviderUnderTest keeping = new(o => o.DeleteRowOnClear = false);

    public Task InitializeAsync() => deleting.EnsureTableAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ClearedStateReadsAsMissing(bool deleteRow)
    {
        var provider = deleteRow ? deleting : keeping;
        var grain = ProviderUnderTest.NewGrain();
        var state = new GrainState<Sample>(new Sample { Name = "to clear" });
        await provider.Storage.WriteStateAsync("sample", grain, state);

        await provider.Storage.ClearStateAsync("sample", grain, state);
        var read = await provider.ReadAsync<Sample>(grain);

        Assert.False(state.RecordExists);
        Assert.Equal("", state.State!.Name);
        Assert.False(read.RecordExists);
        Assert.Equal("", read.State!.Name);
        Assert.Equal(state.ETag, read.ETag);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ClearChangesTheETag(bool deleteRow)
    {
        var provider = deleteRow ? deleting : keeping;
        var grain = ProviderUnderTest.NewGrain();
        var state = new GrainState<Sample>(new Sample { Name = "x" });
        await provider.Storage.WriteStateAsync("sample", grain, state);
        var written = state.ETag;

        await provider.Storage.ClearStateAsync("sample", grain, state);

        Assert.NotEqual(written, state.ETag);
        Assert.Equal(deleteRow, state.ETag is null);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ClearIsIdempotent(bool deleteRow)
    {
        var provider = deleteRow ? deleting : keeping;
        var grain = ProviderUnderTest.NewGrain();
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
        var grain = ProviderUnderTest.NewGrain();
        var state = await deleting.ReadAsync<Sample>(grain);

        await deleting.Storage.ClearStateAsync("sample", grain, state);

        Assert.False(state.RecordExists);
        Assert.Null(state.ETag);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ClearWithAStaleETagIsAnInconsistentStateAndKeepsTheRow(bool deleteRow)
    {
        var provider = deleteRow ? deleting : keeping;
        var grain = ProviderUnderTest.NewGrain();
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
    public async Task ClearWithoutETagOverARowWrittenByAnotherIsAnInconsistentState()
    {
        var grain = ProviderUnderTest.NewGrain();
        var other = new GrainState<Sample>(new Sample { Name = "someone else's" });
        await deleting.Storage.WriteStateAsync("sample", grain, other);

        await Assert.ThrowsAsync<InconsistentStateException>(
            () => deleting.Storage.ClearStateAsync("sample", grain, new GrainState<Sample>(new Sample())));

        Assert.Equal("someone else's", (await deleting.ReadAsync<Sample>(grain)).State!.Name);
    }
}
