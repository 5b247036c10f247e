using BackaBarnet.Live.Silo.Storage;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Grains.Tests.Storage;

/// <summary>Large states: split over Data…Data14, refused clearly when too large, never truncated.</summary>
public sealed class GrainStorageSizeTests : IAsyncLifetime
{
    private readonly ProviderUnderTest provider = new();

    public Task InitializeAsync() => provider.EnsureTableAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A700KiBStateRoundTripsSplitOverManyProperties()
    {
        // 525 KiB of bytes serialize to 700 KiB of JSON (base64): eleven 64 KiB properties.
        var grain = ProviderUnderTest.NewGrain();
        var blob = RandomBytes(525 * 1024);

        await provider.Storage.WriteStateAsync("sample", grain, new GrainState<Sample>(new Sample { Blob = blob }));
        var read = await provider.ReadAsync<Sample>(grain);

        Assert.Equal(blob, read.State!.Blob);
        var row = (await provider.RawTable.GetEntityAsync<Azure.Data.Tables.TableEntity>(
            TableKeys.PartitionKey(provider.ServiceId, grain), "sample")).Value;
        var chunks = Enumerable.Range(0, StateChunks.MaxChunks)
            .Where(i => row.ContainsKey(StateChunks.PropertyName(i)))
            .Select(i => row.GetBinary(StateChunks.PropertyName(i))!)
            .ToList();
        Assert.Equal(11, chunks.Count);
        Assert.All(chunks[..^1], chunk => Assert.Equal(64 * 1024, chunk.Length));
        Assert.True(chunks.Sum(c => c.Length) >= 700 * 1024);
    }

    [Fact]
    public async Task AStateOver960KiBFailsInTheProviderBeforeAnyRequest()
    {
        // Nothing listens on this endpoint: any request would fail with a connection error instead.
        var unreachable = new ProviderUnderTest(o =>
        {
            o.ConnectionString = AzuriteAt(FreePort.Next());
            o.MaxRetries = 0;
        });
        var grain = ProviderUnderTest.NewGrain();

        var error = await Assert.ThrowsAsync<GrainStateTooLargeException>(() => unreachable.Storage.WriteStateAsync(
            "plan", grain, new GrainState<Sample>(new Sample { Blob = RandomBytes(730 * 1024) })));

        Assert.Null(error.InnerException);
        Assert.True(error.SizeBytes > StateChunks.MaxStateBytes);
        Assert.Contains(grain.ToString(), error.Message);
        Assert.Contains("'plan'", error.Message);
        Assert.Contains($"{error.SizeBytes} bytes", error.Message);
    }

    [Fact]
    public async Task AStateTheServerRefusesIsReportedAsTooLargeNamingGrainStateAndSize()
    {
        // 600 KiB of bytes serialize to 800 KiB: under our 960 KiB limit, over Azurite's (it
        // refuses replacing an entity of more than about 760 KiB of binary; it checks updates only).
        var grain = ProviderUnderTest.NewGrain();
        var state = new GrainState<Sample>(new Sample { Name = "small" });
        await provider.Storage.WriteStateAsync("plan", grain, state);
        var committed = state.ETag;
        state.State!.Blob = RandomBytes(600 * 1024);

        var error = await Assert.ThrowsAsync<GrainStateTooLargeException>(() => provider.Storage.WriteStateAsync("plan", grain, state));

        Assert.NotNull(error.InnerException);
        Assert.InRange(error.SizeBytes, 800 * 1024, StateChunks.MaxStateBytes);
        Assert.Contains(grain.ToString(), error.Message);
        Assert.Contains("'plan'", error.Message);
        Assert.Contains($"{error.SizeBytes} bytes", error.Message);
        Assert.Equal(committed, state.ETag);
        var stored = await provider.ReadAsync<Sample>(grain, "plan");
        Assert.Equal(committed, stored.ETag);
        Assert.Empty(stored.State!.Blob);
    }

    [Fact]
    public async Task UnreachableStorageIsAnErrorNamingGrainStateAndTable()
    {
        var unreachable = new ProviderUnderTest(o =>
        {
            o.ConnectionString = AzuriteAt(FreePort.Next());
            o.MaxRetries = 1;
        });
        var grain = ProviderUnderTest.NewGrain();
        var state = new GrainState<Sample>(new Sample { Name = "unsaved" });

        var error = await Assert.ThrowsAsync<GrainStorageFailedException>(() => unreachable.Storage.WriteStateAsync("plan", grain, state));

        Assert.Contains(grain.ToString(), error.Message);
        Assert.Contains("'plan'", error.Message);
        Assert.Contains(ProviderUnderTest.Table, error.Message);
        Assert.False(state.RecordExists);
        Assert.Null(state.ETag);
    }

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        Random.Shared.NextBytes(bytes);
        return bytes;
    }

    private static string AzuriteAt(int port) =>
        TestStorage.ConnectionString.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.StartsWith("TableEndpoint=", StringComparison.Ordinal) ? $"TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1" : part)
            .Aggregate((a, b) => $"{a};{b}");
}
