using System.Diagnostics.Metrics;
using BackaBarnet.Live.HostingDefaults.Telemetry;

namespace BackaBarnet.Live.Web.Operations;

/// <summary>What only the edge sees: who is connected to a meeting here, and how long a concern took to reach its barnkontakt.</summary>
internal static class WebMetrics
{
    private static readonly Meter Meter = new(LiveTelemetry.MeterName);

    public static readonly UpDownCounter<int> ConnectedParticipants =
        Meter.CreateUpDownCounter<int>("backabarnet.session.participants", "{connection}", "Meeting participants connected to this web node.");

    /// <summary>From the concern being raised to its alert leaving this node for the barnkontakt's tabs.</summary>
    public static readonly Histogram<double> ConcernAlertLatency = Meter.CreateHistogram<double>(
        "backabarnet.concern_alert.latency",
        "ms",
        "Time from a concern being raised to its alert being pushed to the barnkontakt.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000] });
}
