using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace BackaBarnet.Live.Benchmarks.Peer;

/// <summary>Children and their barnkontakt; a concern is written twice (the child's, the inbox's) and then pushed.</summary>
public sealed class Children(PeerStorage storage, IHubContext<MeetingHub> hub)
{
    private const int MaxText = 4000;

    private readonly ConcurrentDictionary<Guid, (string DisplayName, string ContactId)> known = new();
    private long version;

    public async Task<Guid> RegisterAsync(NewChild child)
    {
        var id = Guid.NewGuid();
        await storage.WriteChildAsync(id, child.DisplayName, child.ChildContactId, Interlocked.Increment(ref version));
        known[id] = (child.DisplayName, child.ChildContactId);
        return id;
    }

    /// <summary>Null when there is no such child; throws <see cref="PeerRefusal"/> on bad input.</summary>
    public async Task<Concern?> RaiseAsync(Guid childId, string reporterId, RaiseConcern raise)
    {
        if (!known.TryGetValue(childId, out var child))
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(raise.Text) || raise.Text.Length > MaxText)
        {
            throw new PeerRefusal("text", $"1 to {MaxText} characters");
        }

        var areas = new List<NeedsArea>();
        foreach (var name in raise.Areas ?? [])
        {
            areas.Add(Enum.TryParse<NeedsArea>(name, out var area) && Enum.IsDefined(area) ? area : throw new PeerRefusal("areas", "names of the eight areas"));
        }

        var concern = new Concern(Guid.NewGuid(), reporterId, raise.Text, areas, DateTimeOffset.UtcNow, "Open");
        await storage.WriteConcernAsync(childId, concern);
        await storage.WriteInboxAsync(child.ContactId, childId, concern.ConcernId);
        await hub.Clients.User(child.ContactId).SendAsync("ConcernRaised", new ConcernAlert(childId, child.DisplayName, concern, Interlocked.Increment(ref version)));
        return concern;
    }
}
