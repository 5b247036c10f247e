using BackaBarnet.Live.Silo.Storage;
using BackaBarnet.Live.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Storage;

namespace BackaBarnet.Live.Grains.Tests.Storage;

/// <summary>The provider against real Azurite, without a silo around it.</summary>
public sealed class GrainStorageTests : IAsyncLifetime
{
    private readonly AzureTableGrainStorage storage = new(
        "test",
        new AzureTableGrainStorageOptions { ConnectionString = TestStorage.ConnectionString, TableName = "GrainStorageTests" },
        new ClusterOptions { ServiceId = TestStorage.UniqueServiceId("storage"), ClusterId = "test" },
        new SystemTextJsonGrainStorageSerializer(Options.Create(new SystemTextJsonGrainStorageSerializerOptions())),
        NullLogger<AzureTableGrainStorage>.Instance);

    public Task InitializeAsync() => storage.EnsureTableAsync(CancellationToken.None);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ReadingAMissingRecordGivesAnEmptyStateWithoutETag()
    {
        var state = new GrainState<Sample>();

        await storage.ReadStateAsync("sample", NewGrain(), state);

        Assert.False(state.RecordExists);
        Assert.Null(state.ETag);
        Assert.NotNull(state.State);
    }

    [Fact]
    public async Task WrittenStateReadsBackWithTheSameETag()
    {
        var grain = NewGrain();
        var written = new GrainState<Sample>(new Sample { Name = "Olle", Numbers = [1, 2, 3] });

        await storage.WriteStateAsync("sample", grain, written);
        var read = new GrainState<Sample>();
        await storage.ReadStateAsync("sample", grain, read);

        Assert.True(read.RecordExists);
        Assert.Equal(written.ETag, read.ETag);
        Assert.Equal("Olle", read.State!.Name);
        Assert.Equal([1, 2, 3], read.State!.Numbers);
    }

    [Fact]
    public async Task WriteWithAStaleETagIsAnInconsistentState()
    {
        var grain = NewGrain();
        var first = new GrainState<Sample>(new Sample { Name = "v1" });
        await storage.WriteStateAsync("sample", grain, first);
        var stale = new GrainState<Sample>(new Sample { Name = "stale" }) { ETag = first.ETag };
        first.State!.Name = "v2";
        await storage.WriteStateAsync("sample", grain, first);

        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("sample", grain, stale));

        Assert.Equal(first.ETag, conflict.StoredEtag);
        var read = new GrainState<Sample>();
        await storage.ReadStateAsync("sample", grain, read);
        Assert.Equal("v2", read.State!.Name);
    }

    [Fact]
    public async Task InsertWithoutETagOverAnExistingRowIsAnInconsistentState()
    {
        var grain = NewGrain();
        await storage.WriteStateAsync("sample", grain, new GrainState<Sample>(new Sample { Name = "first" }));

        await Assert.ThrowsAsync<InconsistentStateException>(
            () => storage.WriteStateAsync("sample", grain, new GrainState<Sample>(new Sample { Name = "second" })));
    }

    private static GrainId NewGrain() => GrainId.Create("sample", $"{Guid.NewGuid():N}/#?ä");

    public sealed class Sample
    {
        public string Name { get; set; } = "";

        public List<int> Numbers { get; set; } = [];
    }
}
