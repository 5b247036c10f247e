using System.Diagnostics;
using Azure.Data.Tables;
using BackaBarnet.Live.Benchmarks.Comparison;
using BackaBarnet.Live.Benchmarks.Harness;
using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.TestSupport;
using BackaBarnet.Live.Web.Auth;

namespace BackaBarnet.Live.Benchmarks.Scale;

/// <summary>
/// Grain scale in one silo. One child's realistic record is built through the API; its stored row
/// is copied under many new child ids (a record is keyed by its row, not by anything inside it), so
/// many realistic children exist in Table Storage without hours of API calls. Those are activated
/// cold (read from storage), held active while the silo's memory is measured, and read warm. Then
/// children are created through the HTTP API, as users create them, for the creation rate.
/// </summary>
public sealed class ScaleScenario(LiveProcesses system, ScaleOptions options, Action<string> progress)
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan StatisticsSampled = TimeSpan.FromSeconds(2);

    public async Task<ScaleResult> RunAsync()
    {
        var grains = await system.OrleansClientAsync();
        using var barnkontakt = await system.SignInAsync(SyntheticProfessionals.Id(0));
        using var reporter = await system.SignInAsync("sara-soc");
        var template = await RealisticChild.CreateAsync(barnkontakt, reporter);
        var table = StoredState.Table(system.StorageConnectionString);
        var row = await StoredState.ReadAsync(table, system.ServiceId, grains.GetGrain<IChildGrain>(template).GetGrainId(), "child");
        var templateBytes = GrainStateRows.Data(row).Length;

        var clones = Enumerable.Range(0, options.ActiveChildren + options.ColdOneAtATime).Select(_ => Guid.NewGuid()).ToArray();
        progress($"scale: copying the realistic record ({templateBytes} B) to {clones.Length} children in Table Storage");
        await Parallel.ForEachAsync(clones, Bulk, async (id, cancel) =>
        {
            var copy = new TableEntity(GrainStateRows.PartitionKey(system.ServiceId, grains.GetGrain<IChildGrain>(id).GetGrainId()), row.RowKey);
            foreach (var (key, value) in row.Where(p => p.Key.StartsWith("Data", StringComparison.Ordinal)))
            {
                copy[key] = value;
            }

            await table.UpsertEntityAsync(copy, TableUpdateMode.Replace, cancel);
        });

        var before = await SettledMemoryAsync(grains);
        progress($"scale: activating {options.ActiveChildren} children cold, {ScaleOptions.BulkCallers} callers");
        var intact = 0;
        var coldBulk = new LatencyRecorder();
        var begun = Stopwatch.GetTimestamp();
        await Parallel.ForEachAsync(clones.Take(options.ActiveChildren), Bulk, async (id, _) =>
        {
            var started = Stopwatch.GetTimestamp();
            var snapshot = await grains.GetGrain<IChildGrain>(id).GetSnapshotAsync();
            coldBulk.Record(Stopwatch.GetElapsedTime(started));
            if (RealisticChild.IsComplete(snapshot))
            {
                Interlocked.Increment(ref intact);
            }
        });
        var coldPerSecond = options.ActiveChildren / Stopwatch.GetElapsedTime(begun).TotalSeconds;
        var after = await SettledMemoryAsync(grains);

        progress($"scale: {options.ColdOneAtATime} more cold activations one at a time, each beside a raw read of its row; {options.WarmReads} warm reads one at a time");
        // The same rows read straight from the table: the storage part of a cold activation, interleaved
        // with the activations (which one goes first alternates) so that drift hits both alike.
        var (coldSingle, rawRead) = await InterleavedAsync(
            clones.Skip(options.ActiveChildren).ToArray(),
            id => grains.GetGrain<IChildGrain>(id).GetSnapshotAsync(),
            id => table.GetEntityAsync<TableEntity>(GrainStateRows.PartitionKey(system.ServiceId, grains.GetGrain<IChildGrain>(id).GetGrainId()), row.RowKey));
        var warm = await OneAtATimeAsync(
            Enumerable.Range(0, options.WarmReads).Select(n => clones[(n * 7919) % options.ActiveChildren]),
            id => grains.GetGrain<IChildGrain>(id).GetSnapshotAsync());

        var ((created, createsPerSecond, creates), createCpu, createAzuriteCpu, createRequests) =
            await Measuring.WithCpuAsync(system, system.AzuritePid, CreateChildrenAsync);
        return new ScaleResult(templateBytes, options.ActiveChildren, intact, before.Resident, after.Resident, coldBulk, coldPerSecond, coldSingle, warm, created, createsPerSecond, creates)
        {
            RawPointRead = rawRead,
            SiloLiveBytesBefore = before.Live,
            SiloLiveBytesAfter = after.Live,
            CreateStorageRequests = createRequests,
            CreateServerCpu = createCpu,
            CreateAzuriteCpu = createAzuriteCpu,
        };
    }

    private static ParallelOptions Bulk { get; } = new() { MaxDegreeOfParallelism = ScaleOptions.BulkCallers };

    /// <summary>Children registered through the HTTP API by their barnkontakter (spread over several, as caseloads are).</summary>
    private async Task<(int Created, double PerSecond, LatencyRecorder Latency)> CreateChildrenAsync()
    {
        progress($"scale: creating {options.ChildrenToCreate} children through the HTTP API, {ScaleOptions.BulkCallers} callers");
        var contacts = await Task.WhenAll(Enumerable.Range(0, options.Barnkontakter).Select(n => system.SignInAsync(SyntheticProfessionals.Id(n))));
        var latency = new LatencyRecorder();
        var created = 0;
        var begun = Stopwatch.GetTimestamp();
        try
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, options.ChildrenToCreate), Bulk, async (n, _) =>
            {
                var contact = contacts[n % contacts.Length];
                var started = Stopwatch.GetTimestamp();
                await contact.RegisterChildAsync($"Barn {n}", contact.ProfessionalId);
                latency.Record(Stopwatch.GetElapsedTime(started));
                if (Interlocked.Increment(ref created) % 10_000 == 0)
                {
                    progress($"    {created} created, {created / Stopwatch.GetElapsedTime(begun).TotalSeconds:0}/s");
                }
            });
            return (created, created / Stopwatch.GetElapsedTime(begun).TotalSeconds, latency);
        }
        finally
        {
            foreach (var contact in contacts)
            {
                contact.Dispose();
            }
        }
    }

    private static async Task<LatencyRecorder> OneAtATimeAsync(IEnumerable<Guid> ids, Func<Guid, Task> call)
    {
        var latency = new LatencyRecorder();
        foreach (var id in ids)
        {
            var started = Stopwatch.GetTimestamp();
            await call(id);
            latency.Record(Stopwatch.GetElapsedTime(started));
        }

        return latency;
    }

    /// <summary>Each id's two calls, timed apart; on every other id the second goes first.</summary>
    private static async Task<(LatencyRecorder First, LatencyRecorder Second)> InterleavedAsync(Guid[] ids, Func<Guid, Task> first, Func<Guid, Task> second)
    {
        var (firstLatency, secondLatency) = (new LatencyRecorder(), new LatencyRecorder());
        for (var n = 0; n < ids.Length; n++)
        {
            (Func<Guid, Task> Call, LatencyRecorder Latency)[] calls = n % 2 == 0
                ? [(first, firstLatency), (second, secondLatency)]
                : [(second, secondLatency), (first, firstLatency)];
            foreach (var (call, latency) in calls)
            {
                var started = Stopwatch.GetTimestamp();
                await call(ids[n]);
                latency.Record(Stopwatch.GetElapsedTime(started));
            }
        }

        return (firstLatency, secondLatency);
    }

    /// <summary>
    /// The silo's resident memory once it has been left alone for a moment (the collector gets its
    /// chance, uncollected garbage still counts); then its managed heap after a full collection, which
    /// is what the activations hold, without the collector's slack.
    /// </summary>
    private async Task<(long Resident, long Live)> SettledMemoryAsync(IGrainFactory grains)
    {
        await Task.Delay(Settle);
        var resident = Machine.ResidentBytesOf(system.Silo.Pid);
        var management = grains.GetGrain<IManagementGrain>(0);
        var silos = (await management.GetHosts(onlyActive: true)).Keys.ToArray();
        await management.ForceGarbageCollection(silos);
        // The silo samples its statistics about once a second.
        await Task.Delay(StatisticsSampled);
        var statistics = await management.GetRuntimeStatistics(silos);
        return (resident, statistics.Single().EnvironmentStatistics.RawMemoryUsageBytes);
    }
}
