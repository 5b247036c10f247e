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

        var before = await SettledResidentBytesAsync();
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
        var after = await SettledResidentBytesAsync();

        progress($"scale: {options.ColdOneAtATime} more cold activations one at a time; {options.WarmReads} warm reads one at a time");
        var coldSingle = await OneAtATimeAsync(clones.Skip(options.ActiveChildren), id => grains.GetGrain<IChildGrain>(id).GetSnapshotAsync());
        // The same rows read straight from the table, one at a time: the storage part of a cold activation.
        var rawRead = await OneAtATimeAsync(clones.Skip(options.ActiveChildren), id =>
            table.GetEntityAsync<TableEntity>(GrainStateRows.PartitionKey(system.ServiceId, grains.GetGrain<IChildGrain>(id).GetGrainId()), row.RowKey));
        var warm = await OneAtATimeAsync(
            Enumerable.Range(0, options.WarmReads).Select(n => clones[(n * 7919) % options.ActiveChildren]),
            id => grains.GetGrain<IChildGrain>(id).GetSnapshotAsync());

        var ((created, createsPerSecond, creates), createCpu, createAzuriteCpu, createRequests) =
            await Measuring.WithCpuAsync(system, system.AzuritePid, CreateChildrenAsync);
        return new ScaleResult(templateBytes, options.ActiveChildren, intact, before, after, coldBulk, coldPerSecond, coldSingle, warm, created, createsPerSecond, creates)
        {
            RawPointRead = rawRead,
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

    /// <summary>The silo's resident memory once it has been left alone for a moment (the collector gets its chance).</summary>
    private async Task<long> SettledResidentBytesAsync()
    {
        await Task.Delay(Settle);
        return Machine.ResidentBytesOf(system.Silo.Pid);
    }
}
