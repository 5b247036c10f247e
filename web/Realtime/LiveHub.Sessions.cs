using BackaBarnet.Live.GrainInterfaces.Assessments;
using BackaBarnet.Live.GrainInterfaces.Audit;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Sessions;
using BackaBarnet.Live.Web.Operations;

namespace BackaBarnet.Live.Web.Realtime;

/// <summary>Live meeting methods. Edits go straight to the meeting's grain: no per-connection work on the hot path.</summary>
public sealed partial class LiveHub
{
    private const string JoinedSessionsKey = "sessions";

    public async Task<SessionSnapshot> JoinSession(Guid sessionId)
    {
        // The grain says yes first: a connection joins the meeting's groups only as a participant.
        var joined = await RefusalAuditedAsync(sessionId, "joining", () => Session(sessionId).JoinAsync(Me, node.ConnectionKey(Context.ConnectionId)));
        SessionSnapshot snapshot;
        try
        {
            await sessions.ConnectedAsync(sessionId.ToString());
            await Groups.AddToGroupAsync(Context.ConnectionId, SessionObserverRegistry.Group(sessionId));
            await Groups.AddToGroupAsync(Context.ConnectionId, SessionObserverRegistry.ParticipantGroup(sessionId, Me));

            // Then listening; an event between the grain's answer and the groups is caught up here
            // by a fresh snapshot (the client drops versions it already has).
            var missed = await Session(sessionId).GetSinceAsync(Me, joined.Version);
            snapshot = missed.Snapshot ?? (missed.Events is { Count: > 0 } ? await Session(sessionId).GetSnapshotAsync(Me) : joined);
            if (JoinedSessions().TryAdd(sessionId, Session(sessionId)))
            {
                WebMetrics.ConnectedParticipants.Add(1);
            }
        }
        catch
        {
            await RemoveFromGroupsAsync(sessionId);
            await sessions.DisconnectedAsync(sessionId.ToString());
            throw;
        }

        await audit.SessionReadAsync(Context.User!, sessionId, snapshot, "joined");
        return snapshot;
    }

    public Task LeaveSession(Guid sessionId) => JoinedSessions().ContainsKey(sessionId) ? LeaveAsync(sessionId, lost: false) : Task.CompletedTask;

    /// <summary>The meeting as this participant may see it now; the page asks again when consent changes.</summary>
    public async Task<SessionSnapshot> GetSession(Guid sessionId)
    {
        var snapshot = await RefusalAuditedAsync(sessionId, "reading", () => Session(sessionId).GetSnapshotAsync(Me));
        await audit.SessionReadAsync(Context.User!, sessionId, snapshot, "read");
        return snapshot;
    }

    public async Task<SessionCatchUp> GetSessionSince(Guid sessionId, long version)
    {
        var missed = await RefusalAuditedAsync(sessionId, "catching up on", () => Session(sessionId).GetSinceAsync(Me, version));
        foreach (var childId in missed.Snapshot?.Agenda.Select(c => c.ChildId) ?? (missed.Events ?? []).Select(e => e.ChildId).OfType<Guid>().Distinct())
        {
            await audit.ChildAccessedAsync(Context.User!, $"caught up on team session {sessionId} about", childId, "as meeting participant");
        }

        return missed;
    }

    public Task<EditOutcome> SubmitRatings(Guid sessionId, Guid childId, AreaRating[] ratings) =>
        EditAsync(sessionId, childId, "rated", session => session.SubmitRatingsAsync(childId, ratings, Me));

    public Task<EditOutcome> RevealRatings(Guid sessionId, Guid childId) =>
        EditAsync(sessionId, childId, "revealed the ratings", session => session.RevealRatingsAsync(childId, Me));

    public Task<EditOutcome> SetConsensus(Guid sessionId, Guid childId, NeedsArea area, int? value) =>
        EditAsync(sessionId, childId, "set the consensus", session => session.SetConsensusAsync(childId, area, value, Me));

    public Task<EditOutcome> SaveAction(Guid sessionId, Guid childId, Guid? actionId, SessionActionInput action, long expectedItemVersion) =>
        EditAsync(sessionId, childId, "saved a plan action", session => session.SaveActionAsync(childId, actionId, action, expectedItemVersion, Me));

    public Task<EditOutcome> RemoveAction(Guid sessionId, Guid childId, Guid actionId, long expectedItemVersion) =>
        EditAsync(sessionId, childId, "removed a plan action", session => session.RemoveActionAsync(childId, actionId, expectedItemVersion, Me));

    public Task<EditOutcome> SaveDetails(Guid sessionId, Guid childId, SessionPlanDetails details, long expectedItemVersion) =>
        EditAsync(sessionId, childId, "saved the plan details", session => session.SaveDetailsAsync(childId, details, expectedItemVersion, Me));

    /// <summary>
    /// Every meeting edit: within the caller's rate, then to the grain. An applied edit's audit
    /// entry is stored by the meeting with the edit itself; a refused one is audited here.
    /// </summary>
    private async Task<EditOutcome> EditAsync(Guid sessionId, Guid childId, string what, Func<ITeamSessionGrain, Task<EditOutcome>> edit)
    {
        editLimiter.Take(Me);
        try
        {
            var outcome = await edit(Session(sessionId));
            if (outcome.Applied)
            {
                sessions.Acknowledged(sessionId, outcome.SessionVersion);
                return outcome;
            }

            await audit.ChildAccessedAsync(Context.User!, $"tried to change (refused as stale: {what}) in team session {sessionId} about", childId, "as meeting participant", AuditOutcomes.Refused);
            return outcome;
        }
        catch (NotPermittedException)
        {
            await audit.ChildAccessedAsync(Context.User!, $"was refused ({what}) in team session {sessionId} about", childId, "not a participant", AuditOutcomes.Refused);
            throw;
        }
    }

    /// <summary>A refused meeting read is audited without a child: the caller may not learn the agenda, and the log must not tell them either.</summary>
    private async Task<T> RefusalAuditedAsync<T>(Guid sessionId, string how, Func<Task<T>> read)
    {
        try
        {
            return await read();
        }
        catch (Exception e) when (e is NotPermittedException or SessionNotFoundException)
        {
            await audit.AccessedAsync(Context.User!, $"was refused {how} team session {sessionId}", e is NotPermittedException ? "not a participant" : "no such meeting", AuditOutcomes.Refused);
            throw;
        }
    }

    private async Task LeaveAsync(Guid sessionId, bool lost)
    {
        if (JoinedSessions().Remove(sessionId))
        {
            WebMetrics.ConnectedParticipants.Add(-1);
        }

        await RemoveFromGroupsAsync(sessionId);
        await sessions.DisconnectedAsync(sessionId.ToString());
        await Session(sessionId).LeaveAsync(Me, node.ConnectionKey(Context.ConnectionId), lost);
    }

    private async Task RemoveFromGroupsAsync(Guid sessionId)
    {
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, SessionObserverRegistry.Group(sessionId));
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, SessionObserverRegistry.ParticipantGroup(sessionId, Me));
    }

    /// <summary>
    /// The meeting's grain: the reference kept for a meeting this connection joined, else a new one.
    /// Orleans builds every reference anew (the interface's attributes read by reflection, the
    /// proxy's codecs created through DI): 5 % of the web node's CPU in issue 21's fan-out profile,
    /// once per edit.
    /// </summary>
    private ITeamSessionGrain Session(Guid sessionId) =>
        JoinedSessions().TryGetValue(sessionId, out var joined) ? joined : orleans.GetGrain<ITeamSessionGrain>(sessionId);

    /// <summary>The meetings this connection joined, each with its grain; they go with the connection.</summary>
    private Dictionary<Guid, ITeamSessionGrain> JoinedSessions() =>
        (Dictionary<Guid, ITeamSessionGrain>)(Context.Items.TryGetValue(JoinedSessionsKey, out var joined)
            ? joined!
            : Context.Items[JoinedSessionsKey] = new Dictionary<Guid, ITeamSessionGrain>());
}
