using System.Diagnostics;
using Azure.Data.Tables;
using BackaBarnet.Live.Benchmarks.Delivery;
using BackaBarnet.Live.Benchmarks.Harness;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Benchmarks.Baselines;

/// <summary>
/// The physical limit of persisting an edit: <c>TableClient.UpsertEntityAsync</c> of a row the size
/// of the grain's state, to the same Azurite, at the same rate over the same number of rows (one
/// per meeting, one write at a time per row, as a grain writes).
/// </summary>
public static class RawUpsertBaseline
{
    public const string Name = "raw Table upsert";

    public static async Task<BaselineResult> RunAsync(
        string connectionString, int rows, double perSecond, TimeSpan duration, int payloadBytes, Action<string> progress)
    {
        progress($"{Name}: {rows} rows, {perSecond:0}/s of {payloadBytes} bytes for {duration.TotalSeconds:0} s");
        var table = new TableClient(connectionString, $"rawupsert{Guid.NewGuid():N}"[..24]);
        await table.CreateIfNotExistsAsync();
        var data = new byte[payloadBytes];
        Random.Shared.NextBytes(data);
        var entities = Enumerable.Range(0, rows).Select(r => GrainStateRows.Row($"raw_{r}", "state", data)).ToArray();

        var latency = new LatencyRecorder();
        var load = await PacedLoad.RunAsync(perSecond, duration, rows, async (row, _) =>
        {
            var begun = Stopwatch.GetTimestamp();
            await table.UpsertEntityAsync(entities[row], TableUpdateMode.Replace);
            latency.Record(Stopwatch.GetElapsedTime(begun));
        });
        await table.DeleteAsync();
        return new BaselineResult(Name, payloadBytes, load, latency, DeliveryTally.None);
    }
}
