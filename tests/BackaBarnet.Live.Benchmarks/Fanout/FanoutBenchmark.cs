using BackaBarnet.Live.Benchmarks.Baselines;
using BackaBarnet.Live.Benchmarks.Comparison;
using BackaBarnet.Live.Benchmarks.Harness;
using BackaBarnet.Live.Benchmarks.Reporting;
using BackaBarnet.Live.GrainInterfaces.Sessions;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Benchmarks.Fanout;

/// <summary>
/// Scenario 1: the fan-out at the target rate, the product against the peer in the same run (A B A
/// B), each side's highest rate holding p99 ≤ 50 ms, CPU per edit; the raw SignalR and raw upsert
/// figures beside them as the physical floor.
/// </summary>
public static class FanoutBenchmark
{
    public const string Scenario = "1. live meeting fan-out";
    public const double StepUpP99LimitMs = 50;
    public const int Rounds = 2;

    /// <summary>Edit rates tried after the main runs, each for <see cref="StepDuration"/>, until one fails.</summary>
    public static readonly double[] StepUpRates = [750, 1000, 1250, 1500, 2000, 2500, 3000];

    /// <summary>When the target rate itself does not hold, these are tried instead, until one holds.</summary>
    public static readonly double[] StepDownRates = [400, 300, 250, 150, 100, 50, 25];
    public static readonly TimeSpan StepDuration = TimeSpan.FromSeconds(15);
    public static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(5);

    /// <summary>Runs the scenario into the report; returns its one-line summary of the ratios.</summary>
    public static async Task<string> RunAsync(ScenarioReport report, FanoutOptions options, AzuriteStorage azurite, string logFolder, Action<string> progress)
    {
        await using var system = await LiveProcesses.StartAsync(FanoutScenario.ProfessionalsNeeded(options), 60, logFolder, privateAzurite: azurite);
        await using var product = new FanoutScenario(system, options, progress);
        await product.SetUpAsync();
        progress($"product: warm-up ({WarmUp.TotalSeconds:0} s, not counted)");
        await product.RunAsync(options.EditsPerSecond, WarmUp);
        var stateBefore = await MeanSessionStateBytesAsync(system, product);

        await using var peerProcess = await PeerProcess.StartAsync(system.StorageConnectionString, stateBefore, logFolder);
        await using var peer = new FanoutScenario(peerProcess, options, progress);
        await peer.SetUpAsync();
        progress($"peer: warm-up ({WarmUp.TotalSeconds:0} s, not counted)");
        await peer.RunAsync(options.EditsPerSecond, WarmUp);

        var comparison = new FanoutComparison(product, system, peer, peerProcess, system.AzuritePid);
        var writes = await StorageWriteTimes.StartAsync(system);
        await comparison.AlternateAsync(options.EditsPerSecond, options.Duration / Rounds, Rounds);
        report.Notes.Add($"Fan-out, grain-state writes during the product's main runs as the silo timed them: {await writes.DescribeAsync()}.");
        var stateAfter = await MeanSessionStateBytesAsync(system, product);

        // The physical floor, same shape and payload sizes (the meeting's state grows during the run: the upsert uses the mean).
        var eventBytes = product.MeanEventBytes();
        var signalR = await RawSignalRBaseline.RunAsync(options, eventBytes, logFolder, progress);
        var upsert = await RawUpsertBaseline.RunAsync(
            system.StorageConnectionString, options.Sessions, options.EditsPerSecond, options.Duration / Rounds, (stateBefore + stateAfter) / 2, progress);

        var productHeld = comparison.ProductRuns.All(Holds);
        var peerHeld = comparison.PeerRuns.All(Holds);
        var (productSteps, peerSteps) = await comparison.StepSearchAsync(productHeld, peerHeld, StepDuration);

        var fanout = new FanoutFigures(options, comparison, productSteps, peerSteps, signalR, upsert, stateBefore, stateAfter, peer.MeanEventBytes());
        fanout.Report(report);
        return fanout.Summary();
    }

    /// <summary>A rate holds when p99 stays within the limit, every delivery is intact and the sender kept up.</summary>
    public static bool Holds(FanoutRun run) =>
        run.Latency.PercentileMs(99) <= StepUpP99LimitMs && run.Deliveries.Perfect && run.Failed == 0 && run.Load.AchievedPerSecond >= run.TargetPerSecond * 0.95;

    private static async Task<int> MeanSessionStateBytesAsync(LiveProcesses system, FanoutScenario scenario)
    {
        var grains = await system.OrleansClientAsync();
        var table = StoredState.Table(system.StorageConnectionString);
        var sizes = await Task.WhenAll(scenario.Meetings.Select(m =>
            StoredState.BytesAsync(table, system.ServiceId, grains.GetGrain<ITeamSessionGrain>(m.SessionId).GetGrainId(), "session")));
        return (int)sizes.Average();
    }
}
