using BackaBarnet.Live.Benchmarks.Delivery;
using BackaBarnet.Live.Benchmarks.Reporting;

namespace BackaBarnet.Live.Benchmarks.Comparison;

/// <summary>The runs of one side added up: merged latencies, summed deliveries and CPU, CPU per operation.</summary>
public sealed class SideTotals(string name)
{
    private readonly List<SideRun> runs = [];

    public string Name { get; } = name;

    public LatencyRecorder Latency { get; } = new();

    public DeliveryTally Deliveries { get; private set; } = DeliveryTally.None;

    public long Operations => runs.Sum(r => r.Operations);

    public long Failed => runs.Sum(r => r.Failed);

    public double AchievedPerSecond => runs.Count == 0 ? 0 : runs.Average(r => r.AchievedPerSecond);

    /// <summary>Core-milliseconds per operation over the side's server processes.</summary>
    public double ServerCpuMsPerOperation => PerOperation(runs.Sum(r => r.ServerCpu.Values.Sum(t => t.TotalMilliseconds)));

    public double AzuriteCpuMsPerOperation => PerOperation(runs.Sum(r => r.AzuriteCpu.TotalMilliseconds));

    public void Add(SideRun run)
    {
        runs.Add(run);
        Latency.Add(run.Latency);
        Deliveries = Deliveries.Add(run.Deliveries);
    }

    /// <summary>"silo 0.61 + web 0.83 = 1.44 core-ms per edit (Azurite 0.40)".</summary>
    public string DescribeCpu(string operation)
    {
        var each = runs.SelectMany(r => r.ServerCpu).GroupBy(p => p.Key).Select(g => ScenarioReport.Invariant($"{g.Key} {PerOperation(g.Sum(p => p.Value.TotalMilliseconds)):0.00}"));
        return ScenarioReport.Invariant($"{string.Join(" + ", each)} = {ServerCpuMsPerOperation:0.00} core-ms per {operation} (Azurite {AzuriteCpuMsPerOperation:0.00})");
    }

    /// <summary>"grain-state 1.00 + audit 0.41 + reminders 0.02 = 1.43 storage requests per edit".</summary>
    public string DescribeStorageRequests(string operation)
    {
        var each = runs.SelectMany(r => r.StorageRequests).GroupBy(p => p.Key).OrderByDescending(g => g.Sum(p => p.Value))
            .Select(g => ScenarioReport.Invariant($"{g.Key} {PerOperation(g.Sum(p => p.Value)):0.00}")).ToList();
        var total = PerOperation(runs.Sum(r => r.StorageRequests.Values.Sum()));
        return each.Count == 0 ? "none counted" : ScenarioReport.Invariant($"{string.Join(" + ", each)} = {total:0.00} storage requests per {operation}");
    }

    private double PerOperation(double milliseconds) => Operations == 0 ? double.NaN : milliseconds / Operations;
}
