using System.Diagnostics;
using BackaBarnet.Live.Benchmarks.Delivery;
using BackaBarnet.Live.Benchmarks.Fanout;
using BackaBarnet.Live.Benchmarks.Harness;
using BackaBarnet.Live.TestSupport;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace BackaBarnet.Live.Benchmarks.Baselines;

/// <summary>
/// The physical limit of the fan-out: a minimal hub in its own process that only broadcasts to a
/// group, under the same shape (groups × members over WebSockets, the same rate and payload size).
/// </summary>
public static class RawSignalRBaseline
{
    public const string Name = "raw SignalR broadcast";

    public static async Task<BaselineResult> RunAsync(FanoutOptions shape, int payloadBytes, string logFolder, Action<string> progress)
    {
        var port = FreePort.Next();
        await using var hub = await ServerProcess.StartDotnetAsync("rawhub", BuildOutput.RawHub, ["--urls", $"http://127.0.0.1:{port}"], port, logFolder);
        progress($"{Name}: {shape.Connections} connections in {shape.Sessions} groups, {shape.EditsPerSecond:0}/s of {payloadBytes} bytes for {shape.Duration.TotalSeconds:0} s");

        var groups = new (HubConnection Connection, Arrivals<long> Arrivals)[shape.Sessions][];
        await Parallel.ForEachAsync(Enumerable.Range(0, shape.Sessions), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (g, _) =>
        {
            groups[g] = new (HubConnection, Arrivals<long>)[shape.ParticipantsPerSession];
            for (var s = 0; s < shape.ParticipantsPerSession; s++)
            {
                var arrivals = new Arrivals<long>();
                var connection = new HubConnectionBuilder()
                    .WithUrl($"http://127.0.0.1:{port}/hubs/raw", o => { o.Transports = HttpTransportType.WebSockets; o.SkipNegotiation = true; })
                    .Build();
                connection.On<long, string>("Event", (sequence, _) => arrivals.Record(sequence));
                await connection.StartAsync();
                await connection.InvokeAsync("Join", $"g{g}");
                groups[g][s] = (connection, arrivals);
            }
        });

        var payload = new string('x', payloadBytes);
        var sent = Enumerable.Range(0, shape.Sessions).Select(_ => new List<SentEdit>()).ToArray();
        try
        {
            var load = await PacedLoad.RunAsync(shape.EditsPerSecond, shape.Duration, shape.Sessions, async (g, _) =>
            {
                var sequence = sent[g].Count + 1L;
                var sender = (int)(sequence % shape.ParticipantsPerSession);
                var sentAt = Stopwatch.GetTimestamp();
                await groups[g][sender].Connection.InvokeAsync<long>("Broadcast", $"g{g}", sequence, payload);
                sent[g].Add(new SentEdit(sequence, sentAt, sender));
            });

            await Task.Delay(TimeSpan.FromSeconds(2));
            var latency = new LatencyRecorder();
            var deliveries = DeliveryTally.None;
            for (var g = 0; g < shape.Sessions; g++)
            {
                var firsts = groups[g].Select(m => m.Arrivals.FirstArrivals()).ToArray();
                BroadcastLatency.Record(latency, sent[g], firsts);

                foreach (var member in groups[g])
                {
                    deliveries = deliveries.Add(DeliveryTally.OfVersions(member.Arrivals.Snapshot().Select(a => a.Key), 0, sent[g].Count));
                }
            }

            return new BaselineResult(Name, payloadBytes, load, latency, deliveries);
        }
        finally
        {
            await Parallel.ForEachAsync(groups.SelectMany(g => g), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (m, _) => await m.Connection.DisposeAsync());
        }
    }
}
