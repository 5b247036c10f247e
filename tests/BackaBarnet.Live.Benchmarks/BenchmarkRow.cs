namespace BackaBarnet.Live.Benchmarks;

/// <summary>One measured operation at one state size and number of concurrent callers.</summary>
public sealed record BenchmarkRow(
    int StateKiB, int Callers, string Operation, long Count, double P50Ms, double P99Ms, double OpsPerSecond);
