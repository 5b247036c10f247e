using System.Diagnostics;

namespace BackaBarnet.Live.Benchmarks.Delivery;

public static class BroadcastLatency
{
    /// <summary>Records, for each sent item, the time from its send to its first arrival at every member but the sender.</summary>
    public static void Record(LatencyRecorder latency, IEnumerable<SentEdit> sent, IReadOnlyList<Dictionary<long, long>> firstArrivals)
    {
        foreach (var edit in sent)
        {
            for (var member = 0; member < firstArrivals.Count; member++)
            {
                if (member != edit.SenderSeat && firstArrivals[member].TryGetValue(edit.Version, out var receivedAt))
                {
                    latency.Record(Stopwatch.GetElapsedTime(edit.SentAt, receivedAt));
                }
            }
        }
    }
}
