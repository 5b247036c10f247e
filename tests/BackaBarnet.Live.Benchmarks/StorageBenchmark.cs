using Azure.Data.Tables;
using BackaBarnet.Live.TestSupport;
using Microsoft.Extensions.Options;
using Orleans.Serialization;
using Orleans.Storage;

namespace BackaBarnet.Live.Benchmarks;

/// <summary>
/// The grain storage provider (the official one with our thin layer over it) against the official
/// one alone and the raw Table client writing and reading the same bytes, at 4 KiB and 64 KiB
/// states and 1 and 32 concurrent callers.
/// </summary>
public sealed class StorageBenchmark(
    IGrainFactory grains, IGrainStorage provider, IGrainStorage official, TableClient raw, string serviceId, Action<string> progress)
{
    public static readonly int[] StateKiB = [4, 64];
    public static readonly int[] Callers = [1, 32];
    private const int OpsAtOneCaller = 300;
    private const int OpsPerCallerAtMany = 12;

    private readonly IGrainStorageSerializer serializer =
        new SystemTextJsonGrainStorageSerializer(Options.Create(new SystemTextJsonGrainStorageSerializerOptions()));

    public async Task<List<BenchmarkRow>> RunAsync()
    {
        // One short pass first, thrown away: JIT tiering, connection pools and Azurite's own
        // warm-up would otherwise count against whichever scenario runs first.
        progress("warm-up");
        foreach (var callers in Callers)
        {
            await RunOneAsync(StateKiB[0], callers, callers == 1 ? 40 : 4, Payload(StateKiB[0]));
        }

        var rows = new List<BenchmarkRow>();
        foreach (var kib in StateKiB)
        {
            foreach (var callers in Callers)
            {
                progress($"{kib} KiB, {callers} caller(s)");
                rows.AddRange(await RunOneAsync(kib, callers, callers == 1 ? OpsAtOneCaller : OpsPerCallerAtMany, Payload(kib)));
            }
        }

        return rows;
    }

    /// <summary>base64 in JSON grows bytes by 4/3: this many bytes make a state of just under kib KiB.</summary>
    private static byte[] Payload(int kib)
    {
        var data = new byte[(kib * 1024 * 3 / 4) - 16];
        Random.Shared.NextBytes(data);
        return data;
    }

    private async Task<List<BenchmarkRow>> RunOneAsync(int kib, int callers, int perCaller, byte[] data)
    {
        var serialized = serializer.Serialize(new BenchState { Data = data }).ToMemory();
        var run = $"{kib}k{callers}c-{Guid.NewGuid():N}";
        var writers = Enumerable.Range(0, callers).Select(c => grains.GetGrain<IStateBenchGrain>($"w-{run}-{c}")).ToArray();
        var direct = Enumerable.Range(0, callers).Select(c => new GrainState<BenchState>(new BenchState { Data = data })).ToArray();
        var directIds = Enumerable.Range(0, callers).Select(c => GrainId.Create("direct", $"{run}-{c}")).ToArray();
        var officialStates = Enumerable.Range(0, callers).Select(c => new GrainState<BenchState>(new BenchState { Data = data })).ToArray();
        var officialIds = Enumerable.Range(0, callers).Select(c => GrainId.Create("official", $"{run}-{c}")).ToArray();
        var rawRows = Enumerable.Range(0, callers).Select(c => Row($"raw-{run}-{c}", "bench", serialized)).ToArray();
        var cold = await PrepareColdGrainsAsync(run, callers * perCaller, serialized);

        // The calls compared are interleaved, each caller taking them in turn (in a rotating
        // order), so they share the same load: this machine's other work, Azurite's growing
        // tables, GC and JIT tiering weigh on the provider and the raw client alike.
        var providerWrites = new LatencyRecorder();
        var grainWrites = new LatencyRecorder();
        var directWrites = new LatencyRecorder();
        var officialWrites = new LatencyRecorder();
        var rawWrites = new LatencyRecorder();
        await Interleaved.RunAsync(
            callers,
            perCaller,
            (grainWrites, async (c, _) => providerWrites.Record(await writers[c].WriteAsync(data))),
            (directWrites, (c, _) => provider.WriteStateAsync(StateBenchGrain.StateName, directIds[c], direct[c])),
            (officialWrites, (c, _) => official.WriteStateAsync(StateBenchGrain.StateName, officialIds[c], officialStates[c])),
            (rawWrites, (c, _) => raw.UpsertEntityAsync(rawRows[c], TableUpdateMode.Replace)));

        var providerReads = new LatencyRecorder();
        var coldReads = new LatencyRecorder();
        var grainReads = new LatencyRecorder();
        var directReads = new LatencyRecorder();
        var officialReads = new LatencyRecorder();
        var rawReads = new LatencyRecorder();
        await Interleaved.RunAsync(
            callers,
            perCaller,
            (coldReads, (c, i) => cold[(c * perCaller) + i].GetSizeAsync()),
            (grainReads, async (c, _) => providerReads.Record(await writers[c].RereadAsync())),
            (directReads, (c, _) => provider.ReadStateAsync(StateBenchGrain.StateName, directIds[c], direct[c])),
            (officialReads, (c, _) => official.ReadStateAsync(StateBenchGrain.StateName, officialIds[c], officialStates[c])),
            (rawReads, (c, _) => raw.GetEntityAsync<TableEntity>(rawRows[c].PartitionKey, rawRows[c].RowKey)));

        // Callers call back to back, so each one's throughput is one over its mean latency.
        BenchmarkRow Result(string operation, LatencyRecorder latency) =>
            new(kib, callers, operation, latency.Count, latency.PercentileMs(50), latency.PercentileMs(99), callers * 1000 / latency.MeanMs);
        return
        [
            Result(Operations.GrainWrite, grainWrites),
            Result(Operations.ProviderWrite, providerWrites),
            Result(Operations.DirectWrite, directWrites),
            Result(Operations.OfficialWrite, officialWrites),
            Result(Operations.RawWrite, rawWrites),
            Result(Operations.ColdActivation, coldReads),
            Result(Operations.ProviderRead, providerReads),
            Result(Operations.DirectRead, directReads),
            Result(Operations.OfficialRead, officialReads),
            Result(Operations.RawRead, rawReads),
        ];
    }

    /// <summary>Grains not yet activated whose rows already exist, written under the provider's keys.</summary>
    private async Task<IStateBenchGrain[]> PrepareColdGrainsAsync(string run, int count, ReadOnlyMemory<byte> serialized)
    {
        var cold = Enumerable.Range(0, count).Select(i => grains.GetGrain<IStateBenchGrain>($"c-{run}-{i}")).ToArray();
        await Parallel.ForEachAsync(cold, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (grain, cancel) =>
            await raw.UpsertEntityAsync(
                Row(GrainStateRows.PartitionKey(serviceId, grain.GetGrainId()), GrainStateRows.RowKey(StateBenchGrain.StateName), serialized),
                TableUpdateMode.Replace,
                cancel));
        return cold;
    }

    private static TableEntity Row(string partition, string row, ReadOnlyMemory<byte> serialized) => GrainStateRows.Row(partition, row, serialized);
}
