using System.Globalization;
using System.Text.RegularExpressions;
using BackaBarnet.Live.Benchmarks.Reporting;

namespace BackaBarnet.Live.Benchmarks.Harness;

/// <summary>
/// The grain-state writes as the silo itself timed them during a phase, from its Prometheus
/// histogram (backabarnet_storage_latency, operation "write"): what storage cost the system in
/// the same run, next to the raw baseline that runs with the machine to itself.
/// </summary>
public sealed partial class StorageWriteTimes
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };

    private readonly Uri metrics;
    private readonly Dictionary<string, double> before;

    private StorageWriteTimes(Uri metrics, Dictionary<string, double> before) => (this.metrics, this.before) = (metrics, before);

    public static async Task<StorageWriteTimes> StartAsync(LiveProcesses system)
    {
        var metrics = new Uri($"http://127.0.0.1:{system.SiloOpsPort}/metrics");
        return new StorageWriteTimes(metrics, await ReadAsync(metrics));
    }

    /// <summary>"19489 writes, mean 10.3 ms; ≤ 2 ms 59 %, ≤ 10 ms 89 %, …" since <see cref="StartAsync"/>.</summary>
    public async Task<string> DescribeAsync()
    {
        var after = await ReadAsync(metrics);
        double Since(string key) => after.GetValueOrDefault(key) - before.GetValueOrDefault(key);
        var count = Since("count");
        if (count <= 0)
        {
            return "no writes";
        }

        var shares = new[] { "2", "10", "20", "50", "100", "500", "1000" }
            .Select(le => ScenarioReport.Invariant($"≤ {le} ms {Since(le) / count * 100:0.0} %"));
        return ScenarioReport.Invariant($"{count:0} writes, mean {Since("sum") / count:0.0} ms; {string.Join(", ", shares)}");
    }

    private static async Task<Dictionary<string, double>> ReadAsync(Uri metrics)
    {
        var values = new Dictionary<string, double>();
        foreach (var line in (await Http.GetStringAsync(metrics)).Split('\n'))
        {
            if (WriteBucket().Match(line) is { Success: true } bucket)
            {
                values[bucket.Groups[1].Value] = double.Parse(bucket.Groups[2].Value, CultureInfo.InvariantCulture);
            }
            else if (WriteTotal().Match(line) is { Success: true } total)
            {
                values[total.Groups[1].Value] = double.Parse(total.Groups[2].Value, CultureInfo.InvariantCulture);
            }
        }

        return values;
    }

    [GeneratedRegex("""^backabarnet_storage_latency_milliseconds_bucket\{.*operation="write",outcome="ok",le="([^"]+)"\} ([0-9.eE+]+)""")]
    private static partial Regex WriteBucket();

    [GeneratedRegex("""^backabarnet_storage_latency_milliseconds_(sum|count)\{.*operation="write",outcome="ok"\} ([0-9.eE+]+)""")]
    private static partial Regex WriteTotal();
}
