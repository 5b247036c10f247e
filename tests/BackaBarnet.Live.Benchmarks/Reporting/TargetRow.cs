namespace BackaBarnet.Live.Benchmarks.Reporting;

/// <summary>One target of the issue beside what was measured. <paramref name="Met"/> is null where the figure is informational.</summary>
public sealed record TargetRow(string Scenario, string Metric, string Target, string Measured, bool? Met);
