using BackaBarnet.Live.Benchmarks.Comparison;
using BackaBarnet.Live.Benchmarks.Harness;
using BackaBarnet.Live.Benchmarks.Reporting;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Benchmarks.Alerts;

/// <summary>
/// Scenario 2: concern alerts to connected barnkontakter, the product against the peer's "write
/// twice, push" in the same run (A B A B); then, the product alone, half of them offline until they
/// reconnect and get what they missed from the inbox.
/// </summary>
public static class AlertBenchmark
{
    public const string Scenario = "2. concern alert";
    public const double P99RatioTarget = 1.3;
    public const int Rounds = 2;
    public static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(5);

    /// <summary>Runs the scenario into the report; returns its one-line summary of the ratios.</summary>
    public static async Task<string> RunAsync(ScenarioReport report, AlertOptions options, AzuriteStorage azurite, string logFolder, Action<string> progress)
    {
        await using var system = await LiveProcesses.StartAsync(options.Barnkontakter, AlertScenario.ConcernsPerMinute(options), logFolder, privateAzurite: azurite);
        await using var product = new AlertScenario(system, options, progress);
        await product.SetUpAsync();
        progress($"product: warm-up ({WarmUp.TotalSeconds:0} s, not counted)");
        await product.RunOnlineAsync(options.ConcernsPerSecond, WarmUp);

        await using var peerProcess = await PeerProcess.StartAsync(system.StorageConnectionString, 0, logFolder);
        await using var peer = new AlertScenario(peerProcess, options, progress);
        await peer.SetUpAsync();
        progress($"peer: warm-up ({WarmUp.TotalSeconds:0} s, not counted)");
        await peer.RunOnlineAsync(options.ConcernsPerSecond, WarmUp);

        var productTotals = new SideTotals("product");
        var peerTotals = new SideTotals("peer");
        var writes = await StorageWriteTimes.StartAsync(system);
        for (var round = 0; round < Rounds; round++)
        {
            productTotals.Add(await MeasureAsync(system, product, options, system.AzuritePid));
            peerTotals.Add(await MeasureAsync(peerProcess, peer, options, system.AzuritePid));
        }

        report.Notes.Add($"Alerts, grain-state writes during the product's all-online runs as the silo timed them (two per concern: the child's record, the barnkontakt's inbox): {await writes.DescribeAsync()}.");
        var halfOffline = await product.RunHalfOfflineAsync(options.ConcernsPerSecond, options.OfflineDuration);
        progress($"    online half {halfOffline.Live}; on reconnect {halfOffline.OnReconnect}");

        var figures = new AlertFigures(options, productTotals, peerTotals, halfOffline, product);
        figures.Report(report);
        return figures.Summary();
    }

    private static async Task<SideRun> MeasureAsync(IBenchTarget target, AlertScenario scenario, AlertOptions options, int? azuritePid)
    {
        var failedBefore = scenario.FailedRaises;
        var (phase, serverCpu, azuriteCpu, requests) = await Measuring.WithCpuAsync(
            target, azuritePid, () => scenario.RunOnlineAsync(options.ConcernsPerSecond, options.Duration / Rounds));
        var failed = scenario.FailedRaises - failedBefore;
        return new SideRun(phase.Latency, phase.Live, phase.Load.Issued - failed, failed, phase.Load.AchievedPerSecond, serverCpu, azuriteCpu, requests);
    }
}
