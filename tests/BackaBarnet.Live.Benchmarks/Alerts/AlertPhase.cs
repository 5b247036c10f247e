using BackaBarnet.Live.Benchmarks.Delivery;
using BackaBarnet.Live.Benchmarks.Harness;

namespace BackaBarnet.Live.Benchmarks.Alerts;

/// <summary>
/// One phase of concern alerts: the latency from the API call's start to the online barnkontakt's
/// receipt, the live deliveries, and (with some offline) what reached them when they came back.
/// </summary>
public sealed record AlertPhase(PacedLoad.Result Load, LatencyRecorder Latency, DeliveryTally Live, DeliveryTally OnReconnect, LatencyRecorder CatchUp);
