using Azure.Data.Tables;
using BackaBarnet.Live.Silo.Storage;
using Microsoft.Extensions.Options;
using Orleans.Serialization;
using Orleans.Storage;

namespace BackaBarnet.Live.Benchmarks;

/// <summary>
/// The grain storage provider against the raw Table client writing and reading the same bytes,
/// at 4 KiB and 64 KiB states and 1 and 32 concurrent callers.
/// </summary>
public sealed class StorageBenchmark(
    IGrainFactory grains, IGrainStorage provider, TableClient raw, string serviceId, Action<string> progress)
{
    public static readonly int[] StateKiB = [4, 64];
    public static readonly int[] Callers = [1, 32];
    private const int OpsAtOneCaller = 200;
    private const int OpsPerCallerAtMany = 20;

    private readonly IGrainStorageSerializer serializer =
        new SystemTextJsonGrainStorageSerializer(Options.Create(new SystemTextJsonGrainStorageSerializerOptions()));

    public async Task<List<BenchmarkRow>> RunAsync()
    {
        // One short pass first, thrown away: JIT tiering, connection pools and Azurite's own
        // warm-up would otherwise count against whichever scenario runs first.
        progress("warm-up");
        foreach (var callers in Callers)
        {
            await RunOneAsync(StateKiB[0], callers, 10, Payload(StateKiB[0]));
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
        var rawRows = Enumerable.Range(0, callers).Select(c => Row($"raw-{run}-{c}", "bench", serialized)).ToArray();
        var half = Math.Max(1, perCaller / 2);

        // Each set of calls runs in two halves, A B B A, so drift during the run (Azurite's
        // growing tables, GC, tiering) weighs on the provider and the raw client alike.
        var providerWrites = new LatencyRecorder();
        var grainWrites = new Measurement();
        var directWrites = new Measurement();
        var rawWrites = new Measurement();
        await grainWrites.AddAsync(callers, half, async (c, _) => providerWrites.Record(await writers[c].WriteAsync(data)));
        await directWrites.AddAsync(callers, half, (c, _) => provider.WriteStateAsync(StateBenchGrain.StateName, directIds[c], direct[c]));
        await rawWrites.AddAsync(callers, half, (c, _) => raw.UpsertEntityAsync(rawRows[c], TableUpdateMode.Replace));
        await rawWrites.AddAsync(callers, half, (c, _) => raw.UpsertEntityAsync(rawRows[c], TableUpdateMode.Replace));
        await directWrites.AddAsync(callers, half, (c, _) => provider.WriteStateAsync(StateBenchGrain.StateName, directIds[c], direct[c]));
        await grainWrites.AddAsync(callers, half, async (c, _) => providerWrites.Record(await writers[c].WriteAsync(data)));

        var cold = await PrepareColdGrainsAsync(run, callers * perCaller, serialized);
        var coldReads = new Measurement();
        await coldReads.AddAsync(callers, perCaller, (c, i) => cold[(c * perCaller) + i].GetSizeAsync());

        var providerReads = new LatencyRecorder();
        var grainReads = new Measurement();
        var directReads = new Measurement();
        var rawReads = new Measurement();
        await grainReads.AddAsync(callers, half, async (c, _) => providerReads.Record(await writers[c].RereadAsync()));
        await directReads.AddAsync(callers, half, (c, _) => provider.ReadStateAsync(StateBenchGrain.StateName, directIds[c], direct[c]));
        await rawReads.AddAsync(callers, half, (c, _) => raw.GetEntityAsync<TableEntity>(rawRows[c].PartitionKey, rawRows[c].RowKey));
        await rawReads.AddAsync(callers, half, (c, _) => raw.GetEntityAsync<TableEntity>(rawRows[c].PartitionKey, rawRows[c].RowKey));
        await directReads.AddAsync(callers, half, (c, _) => provider.ReadStateAsync(StateBenchGrain.StateName, directIds[c], direct[c]));
        await grainReads.AddAsync(callers, half, async (c, _) => providerReads.Record(await writers[c].RereadAsync()));

        BenchmarkRow Result(string operation, LatencyRecorder latency, TimeSpan wall) =>
            new(kib, callers, operation, latency.Count, latency.PercentileMs(50), latency.PercentileMs(99), latency.Count / wall.TotalSeconds);
        return
        [
            Result(Operations.GrainWrite, grainWrites.Latency, grainWrites.Wall),
            Result(Operations.ProviderWrite, providerWrites, grainWrites.Wall),
            Result(Operations.DirectWrite, directWrites.Latency, directWrites.Wall),
            Result(Operations.RawWrite, rawWrites.Latency, rawWrites.Wall),
            Result(Operations.ColdActivation, coldReads.Latency, coldReads.Wall),
            Result(Operations.ProviderRead, providerReads, grainReads.Wall),
            Result(Operations.DirectRead, directReads.Latency, directReads.Wall),
            Result(Operations.RawRead, rawReads.Latency, rawReads.Wall),
        ];
    }

    /// <summary>Grains not yet activated whose rows already exist, written under the provider's keys.</summary>
    private async Task<IStateBenchGrain[]> PrepareColdGrainsAsync(string run, int count, ReadOnlyMemory<byte> serialized)
    {
        var cold = Enumerable.Range(0, count).Select(i => grains.GetGrain<IStateBenchGrain>($"c-{run}-{i}")).ToArray();
        await Parallel.ForEachAsync(cold, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (grain, cancel) =>
            await raw.UpsertEntityAsync(
                Row(TableKeys.PartitionKey(serviceId, grain.GetGrainId()), TableKeys.RowKey(StateBenchGrain.StateName), serialized),
                TableUpdateMode.Replace,
                cancel));
        return cold;
    }

    private static TableEntity Row(string partition, string row, ReadOnlyMemory<byte> serialized)
    {
        var entity = new TableEntity(partition, row);
        StateChunks.Write(entity, serialized);
        return entity;
    }
}
