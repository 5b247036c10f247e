namespace BackaBarnet.Live.Benchmarks;

/// <summary>How much slower at p50 a provider call is than the raw client call it is held against (0.05 = 5 %).</summary>
public sealed record Overhead(int StateKiB, int Callers, string Comparison, double P50Overhead);
