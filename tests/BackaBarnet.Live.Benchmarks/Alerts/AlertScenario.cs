using System.Diagnostics;
using System.Net.Http.Json;
using BackaBarnet.Live.Benchmarks.Delivery;
using BackaBarnet.Live.Benchmarks.Harness;
using BackaBarnet.Live.TestSupport;
using BackaBarnet.Live.Web.Auth;
using BackaBarnet.Live.Web.Endpoints;

namespace BackaBarnet.Live.Benchmarks.Alerts;

/// <summary>
/// Concern alerts: barnkontakter connected over WebSockets, each with a child; upptäckare raise
/// concerns through the HTTP API at a fixed rate. Every barnkontakt must get every concern about
/// their child exactly once: live when connected, from the inbox when they connect again.
/// </summary>
public sealed class AlertScenario(IBenchTarget system, AlertOptions options, Action<string> progress) : IAsyncDisposable
{
    /// <summary>Demo professionals who raise the concerns (anyone may); the load is spread over them.</summary>
    public static readonly string[] Reporters = ["sara-soc", "johan-polis", "anna-bvc", "maria-forskola"];

    private readonly List<Barnkontakt> barnkontakter = [];
    private readonly List<SignedIn> reporters = [];
    private long failedRaises;

    /// <summary>Concern calls the API answered with an error (never raised, so not a lost alert; reported).</summary>
    public long FailedRaises => Interlocked.Read(ref failedRaises);

    public string? LastFailure { get; private set; }

    /// <summary>The per-professional concern limit the run needs (the setting stays on, set to what is driven plus room).</summary>
    public static int ConcernsPerMinute(AlertOptions options) => (int)Math.Ceiling(options.ConcernsPerSecond * 60 / Reporters.Length * 1.5);

    public async Task SetUpAsync()
    {
        progress($"{system.Name}: signing in {options.Barnkontakter} barnkontakter, registering a child for each, connecting them");
        foreach (var reporter in Reporters)
        {
            reporters.Add(await system.SignInAsync(reporter));
        }

        var signedUp = new Barnkontakt[options.Barnkontakter];
        await Parallel.ForEachAsync(Enumerable.Range(0, options.Barnkontakter), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (n, _) =>
        {
            var professional = await system.SignInAsync(SyntheticProfessionals.Id(n));
            var childId = await system.RegisterChildAsync(professional, $"Larmbarn {n}");
            signedUp[n] = new Barnkontakt(professional, childId);
            await signedUp[n].ConnectAsync();
        });
        barnkontakter.AddRange(signedUp);
    }

    /// <summary>Everyone connected: concerns at the rate, each timed from the API call's start to its barnkontakt's receipt.</summary>
    public async Task<AlertPhase> RunOnlineAsync(double perSecond, TimeSpan duration)
    {
        var before = barnkontakter.Select(b => b.Raised.Count).ToArray();
        progress($"{system.Name}: {perSecond:0} concerns/s to {barnkontakter.Count} connected barnkontakter for {duration.TotalSeconds:0} s");
        var load = await RaiseAsync(perSecond, duration);
        var (latency, live) = await LiveDeliveriesAsync(before);
        return new AlertPhase(load, latency, live, DeliveryTally.None, new LatencyRecorder());
    }

    /// <summary>Every other barnkontakt offline while concerns come in; then they connect again and must get each one from their inbox.</summary>
    public async Task<AlertPhase> RunHalfOfflineAsync(double perSecond, TimeSpan duration)
    {
        var before = barnkontakter.Select(b => b.Raised.Count).ToArray();
        var offline = barnkontakter.Where((_, n) => n % 2 == 0).ToArray();
        progress($"{system.Name}: {offline.Length} barnkontakter go offline; {perSecond:0} concerns/s for {duration.TotalSeconds:0} s; then they reconnect");
        await Parallel.ForEachAsync(offline, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (b, _) => await b.DisconnectAsync());

        // Let the web node finish each disconnect, so no concern goes to a connection on its way out.
        await Task.Delay(TimeSpan.FromSeconds(2));
        var load = await RaiseAsync(perSecond, duration);
        var (latency, live) = await LiveDeliveriesAsync(before);

        var reconnectedAt = new long[barnkontakter.Count];
        await Parallel.ForEachAsync(offline, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (b, _) =>
        {
            reconnectedAt[barnkontakter.IndexOf(b)] = Stopwatch.GetTimestamp();
            await b.ConnectAsync();
        });

        var expected = offline.ToDictionary(b => b, b => ExpectedSince(b, before[barnkontakter.IndexOf(b)]));
        await WaitUntilAsync(() => offline.All(b => expected[b].IsSubsetOf(b.Notifications.FirstArrivals().Keys)), TimeSpan.FromSeconds(20));
        var onReconnect = DeliveryTally.None;
        var catchUp = new LatencyRecorder();
        foreach (var b in offline)
        {
            onReconnect = onReconnect.Add(DeliveryTally.OfKeys(b.Notifications.Snapshot().Select(a => a.Key), expected[b]));
            var arrived = b.Notifications.FirstArrivals();
            if (expected[b].Count > 0 && expected[b].All(arrived.ContainsKey))
            {
                catchUp.Record(Stopwatch.GetElapsedTime(reconnectedAt[barnkontakter.IndexOf(b)], expected[b].Max(id => arrived[id])));
            }
        }

        return new AlertPhase(load, latency, live, onReconnect, catchUp);
    }

    public async ValueTask DisposeAsync()
    {
        await Parallel.ForEachAsync(barnkontakter, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (b, _) => await b.DisposeAsync());
        foreach (var reporter in reporters)
        {
            reporter.Dispose();
        }
    }

    private Task<PacedLoad.Result> RaiseAsync(double perSecond, TimeSpan duration) =>
        PacedLoad.RunAsync(perSecond, duration, barnkontakter.Count, async (lane, sequence) =>
        {
            var barnkontakt = barnkontakter[lane];
            var reporter = reporters[(int)(sequence % reporters.Count)];
            var sentAt = Stopwatch.GetTimestamp();
            HttpResponseMessage response;
            try
            {
                response = await reporter.Http.PostAsJsonAsync(
                    $"/api/children/{barnkontakt.ChildId}/concerns", new RaiseConcernRequest($"Orolig för frånvaro ({sequence})", ["Safe", "Developing"]));
            }
            catch (TaskCanceledException e)
            {
                // No answer within the client's timeout (100 s): the outcome is unknown to the
                // reporter, so the concern is not expected anywhere; counted and reported.
                Interlocked.Increment(ref failedRaises);
                LastFailure = e.Message;
                return;
            }

            if (!response.IsSuccessStatusCode)
            {
                // Not raised (overload: the grain call timed out), so nothing to deliver; counted and reported.
                Interlocked.Increment(ref failedRaises);
                LastFailure = $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}";
                return;
            }

            var raised = (await response.Content.ReadFromJsonAsync<RaisedConcern>(Json.Options))!;
            barnkontakt.RecordRaised(raised.ConcernId, sentAt);
        });

    /// <summary>Latency and deliveries of what was raised since <paramref name="before"/> to the barnkontakter who were online.</summary>
    private async Task<(LatencyRecorder Latency, DeliveryTally Deliveries)> LiveDeliveriesAsync(int[] before)
    {
        var online = barnkontakter.Where(b => b.Online).ToArray();
        var expected = online.ToDictionary(b => b, b => ExpectedSince(b, before[barnkontakter.IndexOf(b)]));
        await WaitUntilAsync(() => online.All(b => expected[b].IsSubsetOf(b.Alerts.FirstArrivals().Keys)), TimeSpan.FromSeconds(10));

        var latency = new LatencyRecorder();
        var deliveries = DeliveryTally.None;
        foreach (var b in online)
        {
            var arrived = b.Alerts.FirstArrivals();
            foreach (var (concernId, sentAt) in b.Raised.Skip(before[barnkontakter.IndexOf(b)]))
            {
                if (arrived.TryGetValue(concernId, out var at))
                {
                    latency.Record(Stopwatch.GetElapsedTime(sentAt, at));
                }
            }

            deliveries = deliveries.Add(DeliveryTally.OfKeys(b.Alerts.Snapshot().Select(a => a.Key), expected[b]));
        }

        return (latency, deliveries);
    }

    /// <summary>What the load generator reads of the answer: the concern's id.</summary>
    private sealed record RaisedConcern(Guid ConcernId);

    private static HashSet<Guid> ExpectedSince(Barnkontakt barnkontakt, int before) => [.. barnkontakt.Raised.Skip(before).Select(r => r.ConcernId)];

    private static async Task WaitUntilAsync(Func<bool> done, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!done() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
    }
}
