using BackaBarnet.Live.Benchmarks.Delivery;

namespace BackaBarnet.Live.Benchmarks.Comparison;

/// <summary>
/// One measured run of one side (product or peer): latencies, deliveries, operations done, and the
/// CPU each process used during it (the side's servers, and Azurite on its own), and the storage
/// requests its servers sent, by purpose.
/// </summary>
public sealed record SideRun(
    LatencyRecorder Latency, DeliveryTally Deliveries, long Operations, long Failed, double AchievedPerSecond, IReadOnlyDictionary<string, TimeSpan> ServerCpu, TimeSpan AzuriteCpu,
    IReadOnlyDictionary<string, double> StorageRequests);
