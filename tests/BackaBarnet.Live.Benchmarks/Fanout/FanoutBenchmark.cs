using BackaBarnet.Live.Benchmarks.Baselines;
using BackaBarnet.Live.Benchmarks.Harness;
using BackaBarnet.Live.Benchmarks.Reporting;
using BackaBarnet.Live.GrainInterfaces.Sessions;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Benchmarks.Fanout;

/// <summary>
/// Scenario 1 with its baselines: the fan-out at the target rate, raw SignalR and raw upserts under
/// the same shape, the ratio of the p99s, and a step-up search for the highest rate that holds
/// p99 ≤ 50 ms with every delivery intact.
/// </summary>
public static class FanoutBenchmark
{
    public const string Scenario = "1. live meeting fan-out";
    public const double P50TargetMs = 3;
    public const double P99TargetMs = 20;
    public const double RatioTarget = 1.5;
    public const double StepUpP99LimitMs = 50;

    /// <summary>Edit rates tried after the main run, each for <see cref="StepDuration"/>, until one fails.</summary>
    public static readonly double[] StepUpRates = [750, 1000, 1250, 1500, 2000, 2500, 3000];

    /// <summary>When the target rate itself does not hold, these are tried instead, until one holds.</summary>
    public static readonly double[] StepDownRates = [250, 150, 100, 50, 25];
    public static readonly TimeSpan StepDuration = TimeSpan.FromSeconds(15);
    public static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(5);

    public static async Task RunAsync(ScenarioReport report, FanoutOptions options, AzuriteStorage azurite, string logFolder, Action<string> progress)
    {
        await using var system = await LiveProcesses.StartAsync(FanoutScenario.ProfessionalsNeeded(options), 60, logFolder, privateAzurite: azurite);
        await using var scenario = new FanoutScenario(system, options, progress);
        await scenario.SetUpAsync();

        progress($"warm-up ({WarmUp.TotalSeconds:0} s, not counted)");
        await scenario.RunAsync(options.EditsPerSecond, WarmUp);
        var stateBefore = await MeanSessionStateBytesAsync(system, scenario);
        var cpu = CpuShares.Start(system.ProcessIds());
        var writes = await StorageWriteTimes.StartAsync(system);
        var run = await scenario.RunAsync(options.EditsPerSecond, options.Duration);
        report.Notes.Add($"Fan-out, CPU during the main run (share of one core): {cpu.Describe()}.");
        report.Notes.Add($"Fan-out, grain-state writes during the main run as the silo timed them: {await writes.DescribeAsync()}.");
        var stateAfter = await MeanSessionStateBytesAsync(system, scenario);

        // Baselines in the same run, same shape, payloads the size the system sent and wrote
        // (the meeting's state grows during the run: the upsert uses the mean of start and end).
        var eventBytes = scenario.MeanEventBytes();
        var signalR = await RawSignalRBaseline.RunAsync(options, eventBytes, logFolder, progress);
        progress(ScenarioReport.Invariant($"    p50 {signalR.Latency.PercentileMs(50):0.0} ms, p99 {signalR.Latency.PercentileMs(99):0.0} ms, {signalR.Deliveries}"));
        var upsert = await RawUpsertBaseline.RunAsync(
            system.StorageConnectionString, options.Sessions, options.EditsPerSecond, options.Duration, (stateBefore + stateAfter) / 2, progress);
        progress(ScenarioReport.Invariant($"    p50 {upsert.Latency.PercentileMs(50):0.0} ms, p99 {upsert.Latency.PercentileMs(99):0.0} ms"));

        // Up from the target rate while it holds; down from it until one holds when it does not.
        var up = Holds(run);
        var steps = new List<FanoutRun>();
        foreach (var rate in up ? StepUpRates : StepDownRates)
        {
            var step = await scenario.RunAsync(rate, StepDuration);
            steps.Add(step);
            if (Holds(step) != up)
            {
                break;
            }
        }

        Report(report, options, run, signalR, upsert, steps, stateBefore, stateAfter);
    }

    /// <summary>A rate holds when p99 stays within the limit, every delivery is intact and the sender kept up.</summary>
    public static bool Holds(FanoutRun run) =>
        run.Latency.PercentileMs(99) <= StepUpP99LimitMs && run.Deliveries.Perfect && run.Failed == 0 && run.Load.AchievedPerSecond >= run.TargetPerSecond * 0.95;

    private static void Report(
        ScenarioReport report, FanoutOptions options, FanoutRun run, BaselineResult signalR, BaselineResult upsert, List<FanoutRun> steps, int stateBefore, int stateAfter)
    {
        var p50 = run.Latency.PercentileMs(50);
        var p99 = run.Latency.PercentileMs(99);
        var ratio = p99 / (signalR.Latency.PercentileMs(99) + upsert.Latency.PercentileMs(99));
        var shape = $"{options.Sessions}×{options.ParticipantsPerSession}, {options.EditsPerSecond:0}/s, {options.Duration.TotalSeconds:0} s";
        report.Targets.Add(new(Scenario, $"p50 send → receipt ({shape})", $"≤ {P50TargetMs} ms", Ms(p50), p50 <= P50TargetMs));
        report.Targets.Add(new(Scenario, "p99 send → receipt", $"≤ {P99TargetMs} ms", Ms(p99), p99 <= P99TargetMs));
        report.Targets.Add(new(Scenario, "lost / duplicated / out of order", "0 / 0 / 0",
            $"{run.Deliveries.Lost} / {run.Deliveries.Duplicated} / {run.Deliveries.OutOfOrder} of {run.Deliveries.Expected}", run.Deliveries.Perfect));
        report.Targets.Add(new(Scenario, "edits that failed (server error, not acknowledged)", "0",
            $"{run.Failed}{(run.LastFailure is null ? "" : $" (last: {run.LastFailure})")}", run.Failed == 0));
        report.Targets.Add(new(Scenario, "p99(system) / (p99(raw SignalR) + p99(raw upsert))", $"≤ {RatioTarget}",
            ScenarioReport.Invariant($"{ratio:0.00}"), ratio <= RatioTarget));
        report.Targets.Add(new(Scenario, "edits/s achieved (edits refused as stale)", ScenarioReport.Invariant($"{options.EditsPerSecond:0}"),
            ScenarioReport.Invariant($"{run.Load.AchievedPerSecond:0} ({run.Refused} refused, {run.Load.StartedLate} started > 10 ms late)"), null));
        var best = steps.Where(Holds).Select(s => s.TargetPerSecond).Prepend(Holds(run) ? options.EditsPerSecond : 0).Max();
        report.Targets.Add(new(Scenario, $"highest edit rate holding p99 ≤ {StepUpP99LimitMs} ms (steps of {StepDuration.TotalSeconds:0} s, up or down from the target)", "report",
            best > 0 ? ScenarioReport.Invariant($"{best:0}/s") : "none tried held", null));

        report.Latencies.Add(LatencyRow.Of(Scenario, "edit: send → each other participant", run.Latency, run.Load.AchievedPerSecond));
        report.Latencies.Add(LatencyRow.Of(Scenario, $"baseline: {signalR.Name} ({signalR.PayloadBytes} B)", signalR.Latency, signalR.Load.AchievedPerSecond));
        report.Latencies.Add(LatencyRow.Of(Scenario, $"baseline: {upsert.Name} ({upsert.PayloadBytes} B)", upsert.Latency, upsert.Load.AchievedPerSecond));
        foreach (var step in steps)
        {
            report.Latencies.Add(LatencyRow.Of(Scenario, ScenarioReport.Invariant($"step {step.TargetPerSecond:0}/s (deliveries {(step.Deliveries.Perfect ? "intact" : "BROKEN")})"), step.Latency, step.Load.AchievedPerSecond));
        }

        report.Notes.Add($"Fan-out: meeting state {stateBefore} B after set-up and warm-up, {stateAfter} B after the run (mean over meetings); SessionEvent JSON ≈ {signalR.PayloadBytes} B.");
        if (!signalR.Deliveries.Perfect)
        {
            report.Notes.Add($"The raw SignalR baseline itself lost or reordered deliveries: {signalR.Deliveries}.");
        }
    }

    private static async Task<int> MeanSessionStateBytesAsync(LiveProcesses system, FanoutScenario scenario)
    {
        var grains = await system.OrleansClientAsync();
        var table = StoredState.Table(system.StorageConnectionString);
        var sizes = await Task.WhenAll(scenario.Meetings.Select(m =>
            StoredState.BytesAsync(table, system.ServiceId, grains.GetGrain<ITeamSessionGrain>(m.SessionId).GetGrainId(), "session")));
        return (int)sizes.Average();
    }

    private static string Ms(double value) => ScenarioReport.Invariant($"{value:0.00} ms");
}
