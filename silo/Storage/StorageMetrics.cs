using System.Diagnostics.Metrics;
using BackaBarnet.Live.HostingDefaults.Telemetry;

namespace BackaBarnet.Live.Silo.Storage;

/// <summary>How long Table Storage takes to answer our grain-state requests, per operation and outcome.</summary>
internal static class StorageMetrics
{
    private static readonly Meter Meter = new(LiveTelemetry.MeterName);

    public static readonly Histogram<double> Latency = Meter.CreateHistogram<double>(
        "backabarnet.storage.latency",
        "ms",
        "Time for one grain-state request to Table Storage.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 5000] });
}
