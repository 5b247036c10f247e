using BackaBarnet.Live.Grains.Hosting;
using BackaBarnet.Live.GrainInterfaces.Sessions;

namespace BackaBarnet.Live.Grains.Sessions;

/// <summary>Who is in the meeting right now: per participant, however many connections (tabs) they have.</summary>
internal sealed partial class TeamSessionGrain
{
    /// <summary>How long a dropped participant shows as reconnecting before they count as gone.</summary>
    public static readonly TimeSpan ReconnectGrace = TimeSpan.FromSeconds(20);

    private IGrainTimer? reconnectTimer;

    public async Task<SessionSnapshot> JoinAsync(string participantId, string connectionKey)
    {
        RequireParticipant(participantId, "join");
        if (state.State.Status != SessionStatus.Closed)
        {
            var connections = state.State.Connections.TryGetValue(participantId, out var existing) ? existing : state.State.Connections[participantId] = [];
            connections.Add(connectionKey);
            state.State.ReconnectDeadlines.Remove(participantId);
            await SetPresenceAsync(participantId, PresenceState.Present);
        }

        return SessionViews.Snapshot(SessionId, state.State, participantId);
    }

    public async Task LeaveAsync(string participantId, string connectionKey, bool lost)
    {
        RequireParticipant(participantId, "leave");
        if (!state.State.Connections.TryGetValue(participantId, out var connections) || !connections.Remove(connectionKey) || connections.Count > 0)
        {
            return;
        }

        if (lost)
        {
            state.State.ReconnectDeadlines[participantId] = Now + ReconnectGrace;
            reconnectTimer ??= this.RegisterGrainTimer(ExpireReconnectsAsync, new GrainTimerCreationOptions(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2)));
        }

        await SetPresenceAsync(participantId, lost ? PresenceState.Reconnecting : PresenceState.Left);
    }

    private async Task SetPresenceAsync(string participantId, PresenceState presence)
    {
        if (state.State.Presence.GetValueOrDefault(participantId) == presence)
        {
            await WriteStateAsync();
            return;
        }

        state.State.Presence[participantId] = presence;
        await EmitAsync(SessionEventKind.PresenceChanged, participantId, e => e with { Participant = SessionViews.Participant(state.State, participantId) });
    }

    private async Task ExpireReconnectsAsync(CancellationToken cancellation)
    {
        foreach (var (participantId, deadline) in state.State.ReconnectDeadlines.ToArray())
        {
            if (deadline <= Now)
            {
                state.State.ReconnectDeadlines.Remove(participantId);
                await SetPresenceAsync(participantId, PresenceState.Left);
            }
        }

        if (state.State.ReconnectDeadlines.Count == 0)
        {
            reconnectTimer?.Dispose();
            reconnectTimer = null;
        }
    }
}
