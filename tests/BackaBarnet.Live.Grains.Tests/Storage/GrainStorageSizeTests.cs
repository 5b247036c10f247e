using BackaBarnet.Live.Silo.Storage;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Grains.Tests.Storage;

/// <summary>Large states: split over Data…Data14, refused clearly (naming grain, state and size) when too large, never truncated.</summary>
[Collection(StorageSiloCollection.Name)]
public sealed class GrainStorageSizeTests(StorageSilo provider)
{
    [Fact]
    public async Task A700KiBStateRoundTripsSplitOverManyProperties()
    {
        // 525 KiB of bytes serialize to 700 KiB of JSON (base64): eleven 64 KiB properties.
        var grain = StorageSilo.NewGrain();
        var blob = RandomBytes(525 * 1024);

        await provider.Storage.WriteStateAsync("sample", grain, new GrainState<Sample>(new Sample { Blob = blob }));
        var read = await provider.ReadAsync<Sample>(grain);

        Assert.Equal(blob, read.State!.Blob);
        var row = (await provider.RawTable.GetEntityAsync<Azure.Data.Tables.TableEntity>(
            GrainStateRows.PartitionKey(provider.ServiceId, grain), "sample")).Value;
        var chunks = Enumerable.Range(0, GrainStateRows.MaxChunks)
            .Where(i => row.ContainsKey(GrainStateRows.PropertyName(i)))
            .Select(i => row.GetBinary(GrainStateRows.PropertyName(i))!)
            .ToList();
        Assert.Equal(11, chunks.Count);
        Assert.All(chunks[..^1], chunk => Assert.Equal(64 * 1024, chunk.Length));
        Assert.True(chunks.Sum(c => c.Length) >= 700 * 1024);
    }

    [Fact]
    public async Task AStateOver960KiBIsRefusedAsTooLargeAndNothingIsStored()
    {
        var grain = StorageSilo.NewGrain();

        var error = await Assert.ThrowsAsync<GrainStateTooLargeException>(() => provider.Storage.WriteStateAsync(
            "plan", grain, new GrainState<Sample>(new Sample { Blob = RandomBytes(730 * 1024) })));

        Assert.True(error.SizeBytes > GuardedGrainStorage.MaxStateBytes);
        Assert.Contains(grain.ToString(), error.Message);
        Assert.Contains("'plan'", error.Message);
        Assert.Contains($"{error.SizeBytes} bytes", error.Message);
        Assert.False((await provider.ReadAsync<Sample>(grain, "plan")).RecordExists);
    }

    [Fact]
    public async Task AStateTheServerRefusesIsReportedAsTooLargeNamingGrainStateAndSize()
    {
        // 600 KiB of bytes serialize to 800 KiB: under our 960 KiB limit, over Azurite's (it
        // refuses replacing an entity of more than about 760 KiB of binary; it checks updates only).
        var grain = StorageSilo.NewGrain();
        var state = new GrainState<Sample>(new Sample { Name = "small" });
        await provider.Storage.WriteStateAsync("plan", grain, state);
        var committed = state.ETag;
        state.State!.Blob = RandomBytes(600 * 1024);

        var error = await Assert.ThrowsAsync<GrainStateTooLargeException>(() => provider.Storage.WriteStateAsync("plan", grain, state));

        Assert.NotNull(error.InnerException);
        Assert.InRange(error.SizeBytes, 800 * 1024, GuardedGrainStorage.MaxStateBytes);
        Assert.Contains(grain.ToString(), error.Message);
        Assert.Contains("'plan'", error.Message);
        Assert.Contains($"{error.SizeBytes} bytes", error.Message);
        Assert.Equal(committed, state.ETag);
        var stored = await provider.ReadAsync<Sample>(grain, "plan");
        Assert.Equal(committed, stored.ETag);
        Assert.Empty(stored.State!.Blob);
    }

    internal static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        Random.Shared.NextBytes(bytes);
        return bytes;
    }
}
