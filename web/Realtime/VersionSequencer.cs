namespace BackaBarnet.Live.Web.Realtime;

/// <summary>
/// Puts versioned events back in order. Orleans does not promise that one-way notifications from
/// a grain arrive in the order they were sent, so a web node holds an early event until the one
/// before it arrives, or until the caller gives up waiting (then the client's own gap handling
/// asks the grain for what is missing).
/// </summary>
public sealed class VersionSequencer<T>(Func<T, long> versionOf)
{
    private readonly SortedDictionary<long, T> held = [];
    private long? next;

    public bool IsHolding => held.Count > 0;

    /// <summary>The events that can go out now, in version order.</summary>
    public IReadOnlyList<T> Accept(T item)
    {
        var version = versionOf(item);
        if (next is { } expected && version > expected)
        {
            held[version] = item;
            return [];
        }

        // The first event seen, the expected one, or a late one (sent on; the client drops what it has).
        var ready = new List<T> { item };
        if (next is null || version == next)
        {
            next = version + 1;
            while (held.Remove(next.Value, out var following))
            {
                ready.Add(following);
                next++;
            }
        }

        return ready;
    }

    /// <summary>Stops waiting for a missing version: everything held goes out in order.</summary>
    public IReadOnlyList<T> Flush()
    {
        var ready = held.Values.ToArray();
        if (ready.Length > 0)
        {
            next = versionOf(ready[^1]) + 1;
        }

        held.Clear();
        return ready;
    }
}
