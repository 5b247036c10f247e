using System.Globalization;
using System.Text;
using System.Text.Json;
using BackaBarnet.Live.Benchmarks.Harness;

namespace BackaBarnet.Live.Benchmarks.Reporting;

/// <summary>
/// What one benchmark run found: targets beside measurements, latency distributions, notes, and the
/// machine and its load. Written as JSON (for comparing runs) and a short markdown table (for people).
/// </summary>
public sealed class ScenarioReport(string benchmark, string command)
{
    public string Benchmark { get; } = benchmark;

    public string Command { get; } = command;

    public DateTimeOffset At { get; } = DateTimeOffset.UtcNow;

    public object Machine { get; } = Harness.Machine.Describe();

    public double LoadAverageMean { get; set; }

    public double LoadAverageMax { get; set; }

    public List<TargetRow> Targets { get; } = [];

    public List<LatencyRow> Latencies { get; } = [];

    public List<string> Notes { get; } = [];

    /// <summary>One line per scenario with its ratios against the peer: the last lines a run prints.</summary>
    public List<string> Summaries { get; } = [];

    public string Markdown()
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant($"`{Command}` — {At:yyyy-MM-dd HH:mm} UTC, {Harness.Machine.Cores} cores, {Harness.Machine.TotalMemoryBytes / (1024 * 1024 * 1024.0):0.0} GiB, load average {LoadAverageMean:0.0} (max {LoadAverageMax:0.0})"));
        text.AppendLine();
        foreach (var summary in Summaries)
        {
            text.AppendLine($"**{summary}**");
            text.AppendLine();
        }

        text.AppendLine("| scenario | measure | target | measured | |");
        text.AppendLine("|---|---|---|---|---|");
        foreach (var row in Targets)
        {
            text.AppendLine($"| {row.Scenario} | {row.Metric} | {row.Target} | {row.Measured} | {row.Met switch { true => "met", false => "**MISSED**", null => "" }} |");
        }

        text.AppendLine();
        text.AppendLine("| scenario | latency of | count | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms | per s |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var row in Latencies)
        {
            text.AppendLine(Invariant($"| {row.Scenario} | {row.Measure} | {row.Count} | {row.P50Ms:0.00} | {row.P90Ms:0.00} | {row.P99Ms:0.00} | {row.P999Ms:0.00} | {row.MaxMs:0.00} | {row.PerSecond:0} |"));
        }

        if (Notes.Count > 0)
        {
            text.AppendLine();
            foreach (var note in Notes)
            {
                text.AppendLine($"- {note}");
            }
        }

        return text.ToString();
    }

    /// <summary>Writes <c>{benchmark}-{time}.json</c> and <c>.md</c> into the folder; returns the JSON's path.</summary>
    public async Task<string> WriteAsync(string folder)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{Benchmark}-{At:yyyyMMdd-HHmmss}");
        await File.WriteAllTextAsync($"{path}.json", JsonSerializer.Serialize(this, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));
        await File.WriteAllTextAsync($"{path}.md", Markdown());
        return $"{path}.json";
    }

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
