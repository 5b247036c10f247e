using Microsoft.AspNetCore.SignalR;

namespace BackaBarnet.Live.Benchmarks.RawHub;

/// <summary>
/// The physical limit the live meeting is held against: join a group, and broadcast a payload to
/// it, acknowledged once handed to SignalR (as the real hub acknowledges an edit once persisted).
/// </summary>
public sealed class BroadcastHub : Hub
{
    public const string Path = "/hubs/raw";

    public Task Join(string group) => Groups.AddToGroupAsync(Context.ConnectionId, group);

    public async Task<long> Broadcast(string group, long sequence, string payload)
    {
        await Clients.Group(group).SendAsync("Event", sequence, payload);
        return sequence;
    }
}
