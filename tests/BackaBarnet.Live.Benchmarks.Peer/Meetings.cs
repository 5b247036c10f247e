using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;

namespace BackaBarnet.Live.Benchmarks.Peer;

/// <summary>The open meetings of this one process, held in memory; each is stored on every change.</summary>
public sealed class Meetings
{
    private readonly ConcurrentDictionary<Guid, Meeting> open = new();
    private readonly PeerStorage storage;

    public Meetings(PeerStorage storage, IHubContext<MeetingHub> hub)
    {
        this.storage = storage;
        Io = new MeetingIo(storage.WriteMeetingAsync, (sessionId, change) => hub.Clients.Group(Group(sessionId)).SendAsync("SessionEvent", sessionId, change));
    }

    public MeetingIo Io { get; }

    public static string Group(Guid sessionId) => $"meeting-{sessionId:N}";

    public Meeting? Find(Guid sessionId) => open.GetValueOrDefault(sessionId);

    public async Task<Meeting> OpenAsync(string convener, IReadOnlyList<string> others)
    {
        var state = new MeetingState { SessionId = Guid.NewGuid(), ChildId = Guid.NewGuid(), Participants = [convener, .. others] };
        var bytes = JsonSerializer.SerializeToUtf8Bytes(state, PeerJson.Options);
        await storage.WriteMeetingAsync(state.SessionId, bytes);
        var meeting = new Meeting(state, bytes);
        open[state.SessionId] = meeting;
        return meeting;
    }
}
