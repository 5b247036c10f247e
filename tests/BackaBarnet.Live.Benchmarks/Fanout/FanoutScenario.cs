using BackaBarnet.Live.Benchmarks.Delivery;
using BackaBarnet.Live.Benchmarks.Harness;
using BackaBarnet.Live.TestSupport;
using BackaBarnet.Live.Web.Auth;

namespace BackaBarnet.Live.Benchmarks.Fanout;

/// <summary>
/// Live meeting fan-out: many open meetings, each participant on their own WebSocket, edits sent
/// through the hub at a fixed rate spread over the meetings. Every participant must receive every
/// version exactly once and in order; the latency runs from the sender's send to each other
/// participant's receipt, on this process's one monotonic clock.
/// </summary>
public sealed class FanoutScenario(IBenchTarget system, FanoutOptions options, Action<string> progress) : IAsyncDisposable
{
    private readonly List<LiveMeeting> meetings = [];

    /// <summary>The synthetic professionals the web node must know: one per connection.</summary>
    public static int ProfessionalsNeeded(FanoutOptions options) => options.Connections;

    public IReadOnlyList<LiveMeeting> Meetings => meetings;

    public async Task SetUpAsync()
    {
        progress($"{system.Name}: signing in {options.Connections} participants, convening and opening {options.Sessions} meetings");
        var people = new SignedIn[options.Connections];
        await Parallel.ForEachAsync(Enumerable.Range(0, options.Connections), Parallel8, async (n, _) =>
            people[n] = await system.SignInAsync(SyntheticProfessionals.Id(n)));

        var convened = new LiveMeeting[options.Sessions];
        await Parallel.ForEachAsync(Enumerable.Range(0, options.Sessions), Parallel8, async (m, _) =>
        {
            var seats = people.Skip(m * options.ParticipantsPerSession).Take(options.ParticipantsPerSession).ToArray();
            convened[m] = await LiveMeeting.ConveneAsync(system, seats[0], seats[1..]);
        });
        meetings.AddRange(convened);

        progress($"{system.Name}: opening {options.Connections} WebSocket connections and joining");
        await Parallel.ForEachAsync(Enumerable.Range(0, options.Sessions), Parallel8, async (m, _) =>
            await meetings[m].JoinAllAsync(people.Skip(m * options.ParticipantsPerSession).Take(options.ParticipantsPerSession).ToArray()));
    }

    /// <summary>Sends edits at <paramref name="perSecond"/> for <paramref name="duration"/>, waits for the deliveries, and checks them.</summary>
    public async Task<FanoutRun> RunAsync(double perSecond, TimeSpan duration)
    {
        var startVersions = await Task.WhenAll(meetings.Select(m => m.CurrentVersionAsync()));
        var sentBefore = meetings.Select(m => m.Sent.Count).ToArray();
        var refusedBefore = meetings.Sum(m => m.Refused);
        var failedBefore = meetings.Sum(m => m.Failed);

        progress($"{system.Name}: {perSecond:0} edits/s over {meetings.Count} meetings for {duration.TotalSeconds:0} s");
        var load = await PacedLoad.RunAsync(perSecond, duration, meetings.Count, (lane, _) => meetings[lane].EditAsync());

        var finalVersions = await Task.WhenAll(meetings.Select(m => m.CurrentVersionAsync()));
        await WaitForDeliveriesAsync(finalVersions, TimeSpan.FromSeconds(10));

        var latency = new LatencyRecorder();
        var deliveries = DeliveryTally.None;
        for (var m = 0; m < meetings.Count; m++)
        {
            var meeting = meetings[m];
            var firsts = meeting.Seats.Select(s => s.Arrivals.FirstArrivals()).ToArray();
            BroadcastLatency.Record(latency, meeting.Sent.Skip(sentBefore[m]), firsts);

            foreach (var seat in meeting.Seats)
            {
                deliveries = deliveries.Add(DeliveryTally.OfVersions(
                    seat.Arrivals.Snapshot().Select(a => a.Key), Math.Max(seat.JoinedAt, startVersions[m]), finalVersions[m]));
            }
        }

        var run = new FanoutRun(
            perSecond, load, latency, deliveries, meetings.Sum(m => m.Refused) - refusedBefore, meetings.Sum(m => m.Failed) - failedBefore,
            meetings.Select(m => m.LastFailure).LastOrDefault(f => f is not null));
        progress(Reporting.ScenarioReport.Invariant(
            $"    p50 {latency.PercentileMs(50):0.0} ms, p99 {latency.PercentileMs(99):0.0} ms, achieved {load.AchievedPerSecond:0}/s, {run.Failed} failed, {deliveries}"));
        return run;
    }

    /// <summary>The mean size of a SessionEvent as JSON on the wire: the raw baselines send the same.</summary>
    public int MeanEventBytes() =>
        (int)meetings.SelectMany(m => m.Sample).Select(e => System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(e, Json.Options).Length).DefaultIfEmpty(300).Average();

    public async ValueTask DisposeAsync()
    {
        await Parallel.ForEachAsync(meetings, Parallel8, async (m, _) => await m.DisposeAsync());
    }

    private static ParallelOptions Parallel8 { get; } = new() { MaxDegreeOfParallelism = 8 };

    private async Task WaitForDeliveriesAsync(long[] finalVersions, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            var complete = meetings.Select((m, i) => m.Seats.All(s => s.Arrivals.Snapshot().Any(a => a.Key >= finalVersions[i]))).All(done => done);
            if (complete)
            {
                return;
            }

            await Task.Delay(100);
        }
    }
}
