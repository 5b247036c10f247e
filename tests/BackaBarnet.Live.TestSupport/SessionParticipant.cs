using System.Collections.Concurrent;
using BackaBarnet.Live.GrainInterfaces.Sessions;
using Microsoft.AspNetCore.SignalR.Client;

namespace BackaBarnet.Live.TestSupport;

/// <summary>One participant's live connection to a meeting, recording every SessionEvent in arrival order.</summary>
public sealed class SessionParticipant : IAsyncDisposable
{
    private readonly ConcurrentQueue<SessionEvent> received = new();

    private SessionParticipant(HubConnection connection, Guid sessionId)
    {
        Connection = connection;
        SessionId = sessionId;
        connection.On<Guid, SessionEvent>("SessionEvent", (id, e) =>
        {
            if (id == sessionId)
            {
                received.Enqueue(e);
            }
        });
    }

    public HubConnection Connection { get; }

    public Guid SessionId { get; }

    public SessionSnapshot Joined { get; private set; } = null!;

    public IReadOnlyList<SessionEvent> Events => received.ToArray();

    public static async Task<SessionParticipant> JoinAsync(SignedIn professional, Guid sessionId, Uri? webNode = null)
    {
        var participant = new SessionParticipant(await professional.ConnectAsync(webNode), sessionId);
        participant.Joined = await participant.Connection.InvokeAsync<SessionSnapshot>("JoinSession", sessionId);
        return participant;
    }

    public Task<EditOutcome> InvokeAsync(string method, params object?[] args) =>
        Connection.InvokeCoreAsync<EditOutcome>(method, [SessionId, .. args]);

    /// <summary>Waits until an event with at least this version has arrived.</summary>
    public Task WaitForVersionAsync(long version, TimeSpan timeout) =>
        Eventually.HoldsAsync(() => received.Any(e => e.Version >= version), timeout, $"meeting version {version} to arrive");

    public ValueTask DisposeAsync() => Connection.DisposeAsync();
}
