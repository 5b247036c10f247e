using BackaBarnet.Live.Benchmarks.Delivery;
using BackaBarnet.Live.Benchmarks.Harness;

namespace BackaBarnet.Live.Benchmarks.Baselines;

/// <summary>A baseline run under the system's load shape: what it sent, how fast, and (for broadcasts) what arrived.</summary>
public sealed record BaselineResult(string Name, int PayloadBytes, PacedLoad.Result Load, LatencyRecorder Latency, DeliveryTally Deliveries);
