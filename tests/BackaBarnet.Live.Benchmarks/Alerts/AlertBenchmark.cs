using BackaBarnet.Live.Benchmarks.Harness;
using BackaBarnet.Live.Benchmarks.Reporting;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Benchmarks.Alerts;

/// <summary>Scenario 2: concern alerts to connected barnkontakter, then with half of them offline until they reconnect.</summary>
public static class AlertBenchmark
{
    public const string Scenario = "2. concern alert";
    public const double P99TargetMs = 20;
    public static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(5);

    public static async Task RunAsync(ScenarioReport report, AlertOptions options, AzuriteStorage azurite, string logFolder, Action<string> progress)
    {
        await using var system = await LiveProcesses.StartAsync(options.Barnkontakter, AlertScenario.ConcernsPerMinute(options), logFolder, privateAzurite: azurite);
        await using var scenario = new AlertScenario(system, options, progress);
        await scenario.SetUpAsync();
        progress($"warm-up ({WarmUp.TotalSeconds:0} s, not counted)");
        await scenario.RunOnlineAsync(options.ConcernsPerSecond, WarmUp);
        var cpu = CpuShares.Start(system.ProcessIds());
        var writes = await StorageWriteTimes.StartAsync(system);
        var online = await scenario.RunOnlineAsync(options.ConcernsPerSecond, options.Duration);
        report.Notes.Add($"Alerts, CPU during the all-online run (share of one core): {cpu.Describe()}.");
        report.Notes.Add($"Alerts, grain-state writes during the all-online run as the silo timed them (two per concern: the child's record, the barnkontakt's inbox): {await writes.DescribeAsync()}.");
        progress(ScenarioReport.Invariant($"    p50 {online.Latency.PercentileMs(50):0.0} ms, p99 {online.Latency.PercentileMs(99):0.0} ms, {online.Live}"));
        var halfOffline = await scenario.RunHalfOfflineAsync(options.ConcernsPerSecond, options.OfflineDuration);
        progress($"    online half {halfOffline.Live}; on reconnect {halfOffline.OnReconnect}");

        var p99 = online.Latency.PercentileMs(99);
        var shape = $"{options.Barnkontakter} connected, {options.ConcernsPerSecond:0}/s, {options.Duration.TotalSeconds:0} s";
        report.Targets.Add(new(Scenario, $"p99 API call start → barnkontakt's receipt ({shape})", $"≤ {P99TargetMs} ms", ScenarioReport.Invariant($"{p99:0.00} ms"), p99 <= P99TargetMs));
        report.Targets.Add(new(Scenario, "lost / duplicated alerts (all online)", "0 / 0",
            $"{online.Live.Lost} / {online.Live.Duplicated} of {online.Live.Expected}", online.Live.Perfect));
        report.Targets.Add(new(Scenario, $"half offline for {options.OfflineDuration.TotalSeconds:0} s: delivered on reconnect (lost / duplicated)", "all (0 / 0)",
            $"{halfOffline.OnReconnect.Expected - halfOffline.OnReconnect.Lost} of {halfOffline.OnReconnect.Expected} ({halfOffline.OnReconnect.Lost} / {halfOffline.OnReconnect.Duplicated})",
            halfOffline.OnReconnect.Perfect));
        report.Targets.Add(new(Scenario, "half offline: the online half live (lost / duplicated)", "0 / 0",
            $"{halfOffline.Live.Lost} / {halfOffline.Live.Duplicated} of {halfOffline.Live.Expected}", halfOffline.Live.Perfect));

        report.Targets.Add(new(Scenario, "concern calls that failed (server error, never raised)", "0",
            $"{scenario.FailedRaises}{(scenario.LastFailure is null ? "" : $" (last: {scenario.LastFailure})")}", scenario.FailedRaises == 0));

        report.Latencies.Add(LatencyRow.Of(Scenario, "concern: API call start → barnkontakt (all online)", online.Latency, online.Load.AchievedPerSecond));
        report.Latencies.Add(LatencyRow.Of(Scenario, "concern: API call start → barnkontakt (online half, phase 2)", halfOffline.Latency, halfOffline.Load.AchievedPerSecond));
        report.Latencies.Add(LatencyRow.Of(Scenario, "reconnect → last missed alert from the inbox", halfOffline.CatchUp, 0));
        report.Notes.Add(ScenarioReport.Invariant(
            $"Alerts: {online.Load.StartedLate} of {online.Load.Issued} concern calls started > 10 ms late (worst {online.Load.WorstStartDelay.TotalMilliseconds:0} ms); the concern limit was set to {AlertScenario.ConcernsPerMinute(options)}/min per upptäckare ({AlertScenario.Reporters.Length} of them)."));
    }
}
