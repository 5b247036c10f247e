namespace BackaBarnet.Live.Benchmarks.Reporting;

/// <summary>A latency distribution as reported (milliseconds), with the rate it was measured at.</summary>
public sealed record LatencyRow(string Scenario, string Measure, long Count, double P50Ms, double P90Ms, double P99Ms, double P999Ms, double MaxMs, double PerSecond)
{
    public static LatencyRow Of(string scenario, string measure, LatencyRecorder latency, double perSecond) => new(
        scenario, measure, latency.Count, latency.PercentileMs(50), latency.PercentileMs(90), latency.PercentileMs(99),
        latency.PercentileMs(99.9), latency.PercentileMs(100), perSecond);
}
