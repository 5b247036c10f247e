using BackaBarnet.Live.Benchmarks.Comparison;
using BackaBarnet.Live.Benchmarks.Reporting;

namespace BackaBarnet.Live.Benchmarks.Alerts;

/// <summary>What the alert scenario found, as target rows (product ÷ peer), latency rows and notes, and its one-line summary.</summary>
public sealed class AlertFigures(AlertOptions options, SideTotals product, SideTotals peer, AlertPhase halfOffline, AlertScenario productScenario)
{
    private const string Scenario = AlertBenchmark.Scenario;

    private Ratio P99 => new("concern alert p99, API call → barnkontakt's receipt", product.Latency.PercentileMs(99), peer.Latency.PercentileMs(99), AlertBenchmark.P99RatioTarget, AtMost: true);

    private Ratio Cpu => new("server CPU per concern", product.ServerCpuMsPerOperation, peer.ServerCpuMsPerOperation, 1.3, AtMost: true);

    public void Report(ScenarioReport report)
    {
        var shape = $"{options.Barnkontakter} connected, {options.ConcernsPerSecond:0}/s, {AlertBenchmark.Rounds} × {(options.Duration / AlertBenchmark.Rounds).TotalSeconds:0} s each, A B A B";
        report.Targets.Add(P99.Row(Scenario, "ms") with { Metric = $"{P99.Measure} ({shape}), product ÷ peer" });
        report.Targets.Add(Cpu.Row(Scenario, "core-ms") with { Target = "report (no target set)", Met = null });
        foreach (var side in new[] { product, peer })
        {
            report.Targets.Add(new(Scenario, $"{side.Name}: lost / duplicated alerts (all online); concern calls failed", "0 / 0; 0",
                $"{side.Deliveries.Lost} / {side.Deliveries.Duplicated} of {side.Deliveries.Expected}; {side.Failed}", side.Deliveries.Perfect && side.Failed == 0));
        }

        report.Targets.Add(new(Scenario, $"product, half offline for {options.OfflineDuration.TotalSeconds:0} s: delivered on reconnect (lost / duplicated)", "all (0 / 0)",
            $"{halfOffline.OnReconnect.Expected - halfOffline.OnReconnect.Lost} of {halfOffline.OnReconnect.Expected} ({halfOffline.OnReconnect.Lost} / {halfOffline.OnReconnect.Duplicated})",
            halfOffline.OnReconnect.Perfect));
        report.Targets.Add(new(Scenario, "product, half offline: the online half live (lost / duplicated)", "0 / 0",
            $"{halfOffline.Live.Lost} / {halfOffline.Live.Duplicated} of {halfOffline.Live.Expected}", halfOffline.Live.Perfect));

        report.Latencies.Add(LatencyRow.Of(Scenario, "product: concern API call start → barnkontakt (all online)", product.Latency, product.AchievedPerSecond));
        report.Latencies.Add(LatencyRow.Of(Scenario, "peer: concern API call start → barnkontakt (write twice, push)", peer.Latency, peer.AchievedPerSecond));
        report.Latencies.Add(LatencyRow.Of(Scenario, "product: API call start → barnkontakt (online half, phase 2)", halfOffline.Latency, halfOffline.Load.AchievedPerSecond));
        report.Latencies.Add(LatencyRow.Of(Scenario, "product: reconnect → last missed alert from the inbox", halfOffline.CatchUp, 0));
        report.Notes.Add($"Alerts CPU, product: {product.DescribeCpu("concern")}; peer: {peer.DescribeCpu("concern")}.");
        report.Notes.Add($"Alerts storage requests, product: {product.DescribeStorageRequests("concern")}; peer: {peer.DescribeStorageRequests("concern")}.");
        report.Notes.Add(ScenarioReport.Invariant(
            $"Alerts: the product's concern limit was set to {AlertScenario.ConcernsPerMinute(options)}/min per upptäckare ({AlertScenario.Reporters.Length} of them); the last product failure: {productScenario.LastFailure ?? "none"}."));
    }

    public string Summary() =>
        ScenarioReport.Invariant($"alerts product ÷ peer: {P99.Short}; server CPU per concern {Cpu.Value:0.00} (no target); alerts lost/duplicated {product.Deliveries.Lost + peer.Deliveries.Lost}/{product.Deliveries.Duplicated + peer.Deliveries.Duplicated}");
}
