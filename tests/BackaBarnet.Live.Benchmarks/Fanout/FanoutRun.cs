using BackaBarnet.Live.Benchmarks.Delivery;
using BackaBarnet.Live.Benchmarks.Harness;

namespace BackaBarnet.Live.Benchmarks.Fanout;

/// <summary>One run of the fan-out at one edit rate: latency from send to each other participant's receipt, and the deliveries.</summary>
public sealed record FanoutRun(double TargetPerSecond, PacedLoad.Result Load, LatencyRecorder Latency, DeliveryTally Deliveries, long Refused, long Failed, string? LastFailure);
