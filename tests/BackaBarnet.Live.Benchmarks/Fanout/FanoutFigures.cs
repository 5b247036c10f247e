using BackaBarnet.Live.Benchmarks.Baselines;
using BackaBarnet.Live.Benchmarks.Comparison;
using BackaBarnet.Live.Benchmarks.Reporting;

namespace BackaBarnet.Live.Benchmarks.Fanout;

/// <summary>What the fan-out scenario found, as target rows (product ÷ peer), latency rows and notes, and its one-line summary.</summary>
public sealed class FanoutFigures(
    FanoutOptions options, FanoutComparison comparison, List<FanoutRun> productSteps, List<FanoutRun> peerSteps,
    BaselineResult signalR, BaselineResult upsert, int stateBefore, int stateAfter, int peerEventBytes)
{
    private const string Scenario = FanoutBenchmark.Scenario;

    private SideTotals Product => comparison.Product;

    private SideTotals Peer => comparison.Peer;

    private double ProductBest => FanoutComparison.HighestHolding(options.EditsPerSecond, comparison.ProductRuns.All(FanoutBenchmark.Holds), productSteps);

    private double PeerBest => FanoutComparison.HighestHolding(options.EditsPerSecond, comparison.PeerRuns.All(FanoutBenchmark.Holds), peerSteps);

    private IReadOnlyList<Ratio> Ratios =>
    [
        new("p99 send → receipt", Product.Latency.PercentileMs(99), Peer.Latency.PercentileMs(99), 1.2, AtMost: true),
        new("p50 send → receipt", Product.Latency.PercentileMs(50), Peer.Latency.PercentileMs(50), 1.2, AtMost: true),
        new($"highest rate holding p99 ≤ {FanoutBenchmark.StepUpP99LimitMs} ms", ProductBest, PeerBest, 1.0, AtMost: false),
        new("server CPU per edit", Product.ServerCpuMsPerOperation, Peer.ServerCpuMsPerOperation, 1.3, AtMost: true),
    ];

    public void Report(ScenarioReport report)
    {
        var shape = $"{options.Sessions}×{options.ParticipantsPerSession}, {options.EditsPerSecond:0}/s, {FanoutBenchmark.Rounds} × {(options.Duration / FanoutBenchmark.Rounds).TotalSeconds:0} s each, A B A B";
        string[] units = ["ms", "ms", "edits/s", "core-ms"];
        foreach (var (ratio, unit) in Ratios.Zip(units))
        {
            report.Targets.Add(ratio.Row(Scenario, unit) with { Metric = ratio == Ratios[0] ? $"{ratio.Measure} ({shape}), product ÷ peer" : $"{ratio.Measure}, product ÷ peer" });
        }

        foreach (var side in new[] { Product, Peer })
        {
            report.Targets.Add(new(Scenario, $"{side.Name}: lost / duplicated / out of order; edits failed", "0 / 0 / 0; 0",
                $"{side.Deliveries.Lost} / {side.Deliveries.Duplicated} / {side.Deliveries.OutOfOrder} of {side.Deliveries.Expected}; {side.Failed}",
                side.Deliveries.Perfect && side.Failed == 0));
        }

        var floor = signalR.Latency.PercentileMs(99) + upsert.Latency.PercentileMs(99);
        report.Targets.Add(new(Scenario, "p99 product / (p99 raw SignalR + p99 raw upsert), the earlier yardstick", "report",
            ScenarioReport.Invariant($"{Product.Latency.PercentileMs(99) / floor:0.00} (peer {Peer.Latency.PercentileMs(99) / floor:0.00})"), null));

        report.Latencies.Add(LatencyRow.Of(Scenario, "product: edit send → each other participant", Product.Latency, Product.AchievedPerSecond));
        report.Latencies.Add(LatencyRow.Of(Scenario, "peer: edit send → each other participant", Peer.Latency, Peer.AchievedPerSecond));
        report.Latencies.Add(LatencyRow.Of(Scenario, $"floor: {signalR.Name} ({signalR.PayloadBytes} B)", signalR.Latency, signalR.Load.AchievedPerSecond));
        report.Latencies.Add(LatencyRow.Of(Scenario, $"floor: {upsert.Name} ({upsert.PayloadBytes} B)", upsert.Latency, upsert.Load.AchievedPerSecond));
        AddSteps(report, "product", productSteps);
        AddSteps(report, "peer", peerSteps);

        report.Notes.Add($"Fan-out CPU, product: {Product.DescribeCpu("edit")}; peer: {Peer.DescribeCpu("edit")}.");
        report.Notes.Add($"Fan-out storage requests, product: {Product.DescribeStorageRequests("edit")}; peer: {Peer.DescribeStorageRequests("edit")}.");
        report.Notes.Add(ScenarioReport.Invariant(
            $"Fan-out: the product's meeting state {stateBefore} B after warm-up, {stateAfter} B after the runs (mean over meetings); the peer pads its row to {stateBefore} B. SessionEvent JSON ≈ {signalR.PayloadBytes} B (product), {peerEventBytes} B (peer)."));
        report.Notes.Add(ScenarioReport.Invariant(
            $"Fan-out: edits started > 10 ms late: product {comparison.ProductRuns.Sum(r => r.Load.StartedLate)}, peer {comparison.PeerRuns.Sum(r => r.Load.StartedLate)}; refused as stale: product {comparison.ProductRuns.Sum(r => r.Refused)}, peer {comparison.PeerRuns.Sum(r => r.Refused)}; the last failure: product {LastFailure(comparison.ProductRuns.Concat(productSteps))}, peer {LastFailure(comparison.PeerRuns.Concat(peerSteps))}."));
    }

    /// <summary>"fanout: p99 1.85 (≤ 1.2 MISSED), …, lost/dup/order 0/0/0".</summary>
    public string Summary() =>
        $"fanout product ÷ peer: {string.Join("; ", Ratios.Select(r => r.Short))}; deliveries lost/duplicated/out of order {Product.Deliveries.Lost + Peer.Deliveries.Lost}/{Product.Deliveries.Duplicated + Peer.Deliveries.Duplicated}/{Product.Deliveries.OutOfOrder + Peer.Deliveries.OutOfOrder}";

    private static string LastFailure(IEnumerable<FanoutRun> runs) => runs.LastOrDefault(r => r.LastFailure is not null)?.LastFailure ?? "none";

    private static void AddSteps(ScenarioReport report, string side, List<FanoutRun> steps)
    {
        foreach (var step in steps)
        {
            report.Latencies.Add(LatencyRow.Of(Scenario, ScenarioReport.Invariant($"{side} step {step.TargetPerSecond:0}/s ({(FanoutBenchmark.Holds(step) ? "held" : "did not hold")}, deliveries {(step.Deliveries.Perfect ? "intact" : "BROKEN")})"), step.Latency, step.Load.AchievedPerSecond));
        }
    }
}
