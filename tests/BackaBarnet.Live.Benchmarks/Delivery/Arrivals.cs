using System.Diagnostics;

namespace BackaBarnet.Live.Benchmarks.Delivery;

/// <summary>
/// What one receiver got, in arrival order, each stamped with <see cref="Stopwatch.GetTimestamp"/>
/// the moment its handler ran: the same monotonic clock the senders stamp with, in this process.
/// </summary>
public sealed class Arrivals<TKey>
    where TKey : notnull
{
    private readonly List<(TKey Key, long At)> received = [];
    private readonly Lock gate = new();

    public void Record(TKey key)
    {
        var at = Stopwatch.GetTimestamp();
        lock (gate)
        {
            received.Add((key, at));
        }
    }

    public int Count
    {
        get
        {
            lock (gate)
            {
                return received.Count;
            }
        }
    }

    public IReadOnlyList<(TKey Key, long At)> Snapshot()
    {
        lock (gate)
        {
            return received.ToArray();
        }
    }

    /// <summary>When each key first arrived.</summary>
    public Dictionary<TKey, long> FirstArrivals()
    {
        var first = new Dictionary<TKey, long>();
        foreach (var (key, at) in Snapshot())
        {
            first.TryAdd(key, at);
        }

        return first;
    }
}
