using System.Globalization;
using System.Text;
using System.Text.Json;

namespace BackaBarnet.Live.Benchmarks;

/// <summary>The results as a markdown table (for people) and a JSON file (for comparing runs).</summary>
public static class BenchmarkReport
{
    /// <summary>The target of issue 3: the provider adds at most 10 % at p50 over the raw client.</summary>
    public const double MaxOverheadAtP50 = 0.10;

    public static string Markdown(IReadOnlyList<BenchmarkRow> rows)
    {
        var text = new StringBuilder();
        text.AppendLine("| state | callers | operation | p50 ms | p99 ms | ops/s |");
        text.AppendLine("|---:|---:|---|---:|---:|---:|");
        foreach (var row in rows)
        {
            text.AppendLine(Invariant($"| {row.StateKiB} KiB | {row.Callers} | {row.Operation} | {row.P50Ms:0.00} | {row.P99Ms:0.00} | {row.OpsPerSecond:0} |"));
        }

        text.AppendLine();
        text.AppendLine("| state | callers | provider vs raw client | p50 overhead | target ≤ +10 % |");
        text.AppendLine("|---:|---:|---|---:|---|");
        foreach (var overhead in Overheads(rows))
        {
            text.AppendLine(Invariant(
                $"| {overhead.StateKiB} KiB | {overhead.Callers} | {overhead.Comparison} | {overhead.P50Overhead:+0.0 %;-0.0 %} | {(overhead.P50Overhead <= MaxOverheadAtP50 ? "met" : "MISSED")} |"));
        }

        return text.ToString();
    }

    public static IEnumerable<Overhead> Overheads(IReadOnlyList<BenchmarkRow> rows) =>
        from provider in rows
        from comparison in Operations.Comparisons
        where provider.Operation == comparison.Provider
        let baseline = rows.Single(r => r.StateKiB == provider.StateKiB && r.Callers == provider.Callers && r.Operation == comparison.Raw)
        select new Overhead(provider.StateKiB, provider.Callers, $"{comparison.Provider} / {comparison.Raw}", (provider.P50Ms / baseline.P50Ms) - 1);

    public static async Task<string> WriteJsonAsync(IReadOnlyList<BenchmarkRow> rows, string folder)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"storage-{DateTime.UtcNow:yyyyMMdd-HHmmss}.json");
        var report = new
        {
            Benchmark = "storage",
            At = DateTimeOffset.UtcNow,
            Machine = new { Environment.ProcessorCount, Os = Environment.OSVersion.ToString(), Runtime = Environment.Version.ToString() },
            Rows = rows,
            Overheads = Overheads(rows).ToList(),
        };
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(report, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));
        return path;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
