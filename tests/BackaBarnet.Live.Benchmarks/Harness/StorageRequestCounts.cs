using System.Globalization;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace BackaBarnet.Live.Benchmarks.Harness;

/// <summary>
/// The product's count of Table Storage requests by purpose (backabarnet_storage_requests_total on
/// the silo's /metrics and the web node's /ops/metrics, added up), so a report can say which part
/// of the product sends how many requests per operation.
/// </summary>
public static partial class StorageRequestCounts
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };

    public static async Task<IReadOnlyDictionary<string, double>> ReadAsync(params (Uri Metrics, string? BearerToken)[] sources)
    {
        var totals = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (metrics, token) in sources)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, metrics);
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            using var response = await Http.SendAsync(request);
            response.EnsureSuccessStatusCode();
            foreach (var line in (await response.Content.ReadAsStringAsync()).Split('\n'))
            {
                if (Total().Match(line) is { Success: true } total)
                {
                    var purpose = total.Groups[1].Value;
                    totals[purpose] = totals.GetValueOrDefault(purpose) + double.Parse(total.Groups[2].Value, CultureInfo.InvariantCulture);
                }
            }
        }

        return totals;
    }

    /// <summary>What each purpose sent between two readings.</summary>
    public static IReadOnlyDictionary<string, double> Since(IReadOnlyDictionary<string, double> before, IReadOnlyDictionary<string, double> after) =>
        after.ToDictionary(p => p.Key, p => p.Value - before.GetValueOrDefault(p.Key), StringComparer.Ordinal);

    [GeneratedRegex("""^backabarnet_storage_requests_total\{.*purpose="([^"]+)".*\} ([0-9.eE+]+)""")]
    private static partial Regex Total();
}
