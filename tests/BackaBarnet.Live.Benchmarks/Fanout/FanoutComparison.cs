using BackaBarnet.Live.Benchmarks.Comparison;
using BackaBarnet.Live.Benchmarks.Harness;

namespace BackaBarnet.Live.Benchmarks.Fanout;

/// <summary>
/// The product and the peer under the same fan-out, in the same run: runs alternate A B A B so
/// drift of the machine hits both alike, and a step search finds each side's highest rate.
/// </summary>
public sealed class FanoutComparison(FanoutScenario product, IBenchTarget productTarget, FanoutScenario peer, IBenchTarget peerTarget, int? azuritePid)
{
    public SideTotals Product { get; } = new("product");

    public SideTotals Peer { get; } = new("peer");

    /// <summary>The product's main runs as the scenario reported them (for lateness and refusals).</summary>
    public List<FanoutRun> ProductRuns { get; } = [];

    public List<FanoutRun> PeerRuns { get; } = [];

    public async Task AlternateAsync(double perSecond, TimeSpan each, int rounds)
    {
        for (var round = 0; round < rounds; round++)
        {
            var (productRun, productSide) = await MeasureAsync(product, productTarget, perSecond, each);
            ProductRuns.Add(productRun);
            Product.Add(productSide);
            var (peerRun, peerSide) = await MeasureAsync(peer, peerTarget, perSecond, each);
            PeerRuns.Add(peerRun);
            Peer.Add(peerSide);
        }
    }

    /// <summary>
    /// Each side from the target rate: up while it holds, or down until one holds; the two sides
    /// take their steps in turn. Returns each side's steps.
    /// </summary>
    public async Task<(List<FanoutRun> Product, List<FanoutRun> Peer)> StepSearchAsync(bool productHeld, bool peerHeld, TimeSpan step)
    {
        var productSteps = new List<FanoutRun>();
        var peerSteps = new List<FanoutRun>();
        var productRates = new Queue<double>(productHeld ? FanoutBenchmark.StepUpRates : FanoutBenchmark.StepDownRates);
        var peerRates = new Queue<double>(peerHeld ? FanoutBenchmark.StepUpRates : FanoutBenchmark.StepDownRates);
        while (productRates.Count > 0 || peerRates.Count > 0)
        {
            await StepAsync(product, productHeld, productRates, productSteps, step);
            await StepAsync(peer, peerHeld, peerRates, peerSteps, step);
        }

        return (productSteps, peerSteps);
    }

    /// <summary>The highest rate that held: the target itself, or the best step.</summary>
    public static double HighestHolding(double target, bool targetHeld, IEnumerable<FanoutRun> steps) =>
        steps.Where(FanoutBenchmark.Holds).Select(s => s.TargetPerSecond).Prepend(targetHeld ? target : 0).Max();

    private static async Task StepAsync(FanoutScenario scenario, bool held, Queue<double> rates, List<FanoutRun> steps, TimeSpan step)
    {
        if (rates.Count == 0)
        {
            return;
        }

        var run = await scenario.RunAsync(rates.Dequeue(), step);
        steps.Add(run);
        if (FanoutBenchmark.Holds(run) != held)
        {
            // Up: the first that fails ends the search; down: the first that holds.
            rates.Clear();
        }
    }

    private async Task<(FanoutRun Run, SideRun Side)> MeasureAsync(FanoutScenario scenario, IBenchTarget target, double perSecond, TimeSpan duration)
    {
        var (run, serverCpu, azuriteCpu, requests) = await Measuring.WithCpuAsync(target, azuritePid, () => scenario.RunAsync(perSecond, duration));
        var applied = run.Load.Issued - run.Refused - run.Failed;
        return (run, new SideRun(run.Latency, run.Deliveries, applied, run.Failed, run.Load.AchievedPerSecond, serverCpu, azuriteCpu, requests));
    }
}
