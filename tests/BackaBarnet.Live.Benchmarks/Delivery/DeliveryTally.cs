namespace BackaBarnet.Live.Benchmarks.Delivery;

/// <summary>
/// Deliveries counted over all receivers: each expected item should arrive exactly once, and (where
/// order is promised) in order. Anything but zero lost, duplicated and out of order is a failure.
/// </summary>
public sealed record DeliveryTally(long Expected, long Delivered, long Lost, long Duplicated, long OutOfOrder)
{
    public static readonly DeliveryTally None = new(0, 0, 0, 0, 0);

    public bool Perfect => Lost == 0 && Duplicated == 0 && OutOfOrder == 0;

    public DeliveryTally Add(DeliveryTally other) => new(
        Expected + other.Expected, Delivered + other.Delivered, Lost + other.Lost, Duplicated + other.Duplicated, OutOfOrder + other.OutOfOrder);

    /// <summary>Versions a receiver must see exactly once and rising: every one after <paramref name="after"/> up to <paramref name="last"/>.</summary>
    public static DeliveryTally OfVersions(IEnumerable<long> arrived, long after, long last)
    {
        var seen = new HashSet<long>();
        long delivered = 0, duplicated = 0, outOfOrder = 0, previous = after;
        foreach (var version in arrived)
        {
            if (version <= after)
            {
                // Already in the snapshot the receiver joined with: the client drops it by design.
                continue;
            }

            delivered++;
            if (!seen.Add(version))
            {
                duplicated++;
            }
            else if (version < previous)
            {
                outOfOrder++;
            }

            previous = Math.Max(previous, version);
        }

        var expected = Math.Max(0, last - after);
        var lost = Enumerable.Range(0, (int)expected).Count(i => !seen.Contains(after + 1 + i));
        return new DeliveryTally(expected, delivered, lost, duplicated, outOfOrder);
    }

    /// <summary>Keys a receiver must see exactly once, in no particular order (others it gets are not counted here).</summary>
    public static DeliveryTally OfKeys<TKey>(IEnumerable<TKey> arrived, IReadOnlySet<TKey> expected)
        where TKey : notnull
    {
        var seen = new HashSet<TKey>();
        long delivered = 0, duplicated = 0;
        foreach (var key in arrived)
        {
            if (!expected.Contains(key))
            {
                continue;
            }

            delivered++;
            if (!seen.Add(key))
            {
                duplicated++;
            }
        }

        return new DeliveryTally(expected.Count, delivered, expected.Count(k => !seen.Contains(k)), duplicated, 0);
    }
}
