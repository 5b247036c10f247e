using BackaBarnet.Live.Benchmarks.Harness;
using BackaBarnet.Live.Benchmarks.Reporting;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Benchmarks.Scale;

/// <summary>Scenario 3: creation rate, memory per active child, cold activation and warm reads in one silo.</summary>
public static class ScaleBenchmark
{
    public const string Scenario = "3. scale";
    public const int TargetChildren = 100_000;
    public const int TargetActive = 50_000;
    public const double MaxKiBPerChild = 10;
    public const double ColdP99TargetMs = 15;
    public const double WarmP99TargetMs = 1;

    public static async Task RunAsync(ScenarioReport report, ScaleOptions options, AzuriteStorage azurite, string logFolder, Action<string> progress)
    {
        await using var system = await LiveProcesses.StartAsync(options.Barnkontakter, 60, logFolder, privateAzurite: azurite);
        var result = await new ScaleScenario(system, options, progress).RunAsync();

        var created = options.ChildrenToCreate >= TargetChildren
            ? ScenarioReport.Invariant($"{result.Created} created at {result.CreatesPerSecond:0}/s")
            : ScenarioReport.Invariant($"{result.Created} created at {result.CreatesPerSecond:0}/s (EXTRAPOLATED: {TargetChildren} would take ≈ {TargetChildren / result.CreatesPerSecond / 60:0} min)");
        report.Targets.Add(new(Scenario, "create children through the HTTP API", $"{TargetChildren}, report creates/s", created, null));
        var kib = result.BytesPerActiveChild / 1024;
        report.Targets.Add(new(Scenario, $"silo memory growth per active child ({result.Active} active, record {result.TemplateStateBytes} B stored)",
            $"≤ {MaxKiBPerChild} KiB", ScenarioReport.Invariant($"{kib:0.0} KiB (RSS {result.SiloBytesBefore / 1048576} → {result.SiloBytesAfter / 1048576} MiB; managed heap after a full collection {result.LiveBytesPerActiveChild / 1024:0.0} KiB)"), kib <= MaxKiBPerChild));
        if (result.Active < TargetActive)
        {
            report.Notes.Add(ScenarioReport.Invariant(
                $"Scale: {result.Active} children were held active, not {TargetActive} (EXTRAPOLATED: at {result.BytesPerActiveChild / 1024:0.0} KiB each, {TargetActive} would add ≈ {result.BytesPerActiveChild * TargetActive / 1048576:0} MiB)."));
        }

        report.Targets.Add(new(Scenario, "active children read back with the whole record", $"{result.Active}", $"{result.ActiveIntact}", result.ActiveIntact == result.Active));
        var cold = result.ColdOneAtATime.PercentileMs(99);
        report.Targets.Add(new(Scenario, "cold activation p99 (read from Table Storage, one at a time)", $"≤ {ColdP99TargetMs} ms", ScenarioReport.Invariant($"{cold:0.00} ms"), cold <= ColdP99TargetMs));
        var warm = result.Warm.PercentileMs(99);
        report.Targets.Add(new(Scenario, "warm read p99 (one at a time)", $"≤ {WarmP99TargetMs} ms", ScenarioReport.Invariant($"{warm:0.00} ms"), warm <= WarmP99TargetMs));

        report.Latencies.Add(LatencyRow.Of(Scenario, $"cold activation, {ScaleOptions.BulkCallers} callers (the {result.Active} held active)", result.ColdBulk, result.ColdBulkPerSecond));
        report.Latencies.Add(LatencyRow.Of(Scenario, "cold activation, one at a time", result.ColdOneAtATime, 0));
        report.Latencies.Add(LatencyRow.Of(Scenario, $"baseline: raw Table point read of the same rows ({result.TemplateStateBytes} B), one at a time", result.RawPointRead, 0));
        report.Latencies.Add(LatencyRow.Of(Scenario, "warm read (GetSnapshot), one at a time", result.Warm, 0));
        report.Latencies.Add(LatencyRow.Of(Scenario, $"create child through the API, {ScaleOptions.BulkCallers} callers", result.Creates, result.CreatesPerSecond));
        var perCreate = result.CreateStorageRequests.OrderByDescending(p => p.Value)
            .Select(p => ScenarioReport.Invariant($"{p.Key} {p.Value / Math.Max(1, result.Created):0.00}"));
        report.Notes.Add(ScenarioReport.Invariant(
            $"Scale, storage requests per create (silo and web node, retries included): {string.Join(" + ", perCreate)} = {result.CreateStorageRequests.Values.Sum() / Math.Max(1, result.Created):0.00}."));
        var perCreateCpu = result.CreateServerCpu.Select(p => ScenarioReport.Invariant($"{p.Key} {p.Value.TotalMilliseconds / Math.Max(1, result.Created):0.00}"));
        var serverMs = result.CreateServerCpu.Values.Sum(c => c.TotalMilliseconds) / Math.Max(1, result.Created);
        var azuriteMs = result.CreateAzuriteCpu.TotalMilliseconds / Math.Max(1, result.Created);
        var cores = (serverMs + azuriteMs) * result.CreatesPerSecond / 1000;
        var queued = ScaleOptions.BulkCallers / Math.Max(1, result.CreatesPerSecond) * 1000;
        report.Notes.Add(ScenarioReport.Invariant($"Scale, CPU per create: {string.Join(" + ", perCreateCpu)} = {serverMs:0.00} core-ms (Azurite {azuriteMs:0.00}); ")
            + ScenarioReport.Invariant($"at {result.CreatesPerSecond:0}/s that is {cores:0.00} of the machine's {Environment.ProcessorCount} cores, and {ScaleOptions.BulkCallers} callers ÷ {result.CreatesPerSecond:0}/s ")
            + ScenarioReport.Invariant($"= {queued:0} ms per create (Little's law), the p50 when creates queue."));
        report.Notes.Add("Scale: activations and reads are grain calls from an Orleans client in the benchmark process to the silo process (gateway over loopback), "
            + "so they include the client hop but not the web node; creates go through the HTTP API (validation, grain, caseload, audit log). "
            + "Memory is the silo's resident set (VmRSS) 5 s after each phase, so uncollected garbage counts against us; "
            + "after it, a full collection (IManagementGrain.ForceGarbageCollection) and the silo's managed heap (RawMemoryUsageBytes) give what the activations hold. "
            + "The cold activations and the raw reads alternate, one of each per child.");
    }
}
