using BackaBarnet.Live.GrainInterfaces.Assessments;
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
        // Listen first, then take the snapshot: an event racing the join is then either in the
        // snapshot or delivered after it (the client drops versions it already has).
        await Groups.AddToGroupAsync(Context.ConnectionId, SessionObserverRegistry.Group(sessionId));
        await sessions.ConnectedAsync(sessionId.ToString());
        try
        {
            var snapshot = await Session(sessionId).JoinAsync(Me, node.ConnectionKey(Context.ConnectionId));
            if (JoinedSessions().Add(sessionId))
            {
                WebMetrics.ConnectedParticipants.Add(1);
            }

            return snapshot;
        }
        catch
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, SessionObserverRegistry.Group(sessionId));
            await sessions.DisconnectedAsync(sessionId.ToString());
            throw;
        }
    }

    public Task LeaveSession(Guid sessionId) => JoinedSessions().Contains(sessionId) ? LeaveAsync(sessionId, lost: false) : Task.CompletedTask;

    public Task<SessionCatchUp> GetSessionSince(Guid sessionId, long version) => Session(sessionId).GetSinceAsync(Me, version);

    public Task<EditOutcome> SubmitRatings(Guid sessionId, Guid childId, AreaRating[] ratings) =>
        EditedAsync(sessionId, Session(sessionId).SubmitRatingsAsync(childId, ratings, Me));

    public Task<EditOutcome> RevealRatings(Guid sessionId, Guid childId) => EditedAsync(sessionId, Session(sessionId).RevealRatingsAsync(childId, Me));

    public Task<EditOutcome> SetConsensus(Guid sessionId, Guid childId, NeedsArea area, int? value) =>
        EditedAsync(sessionId, Session(sessionId).SetConsensusAsync(childId, area, value, Me));

    public Task<EditOutcome> SaveAction(Guid sessionId, Guid childId, Guid? actionId, SessionActionInput action, long expectedItemVersion) =>
        EditedAsync(sessionId, Session(sessionId).SaveActionAsync(childId, actionId, action, expectedItemVersion, Me));

    public Task<EditOutcome> RemoveAction(Guid sessionId, Guid childId, Guid actionId, long expectedItemVersion) =>
        EditedAsync(sessionId, Session(sessionId).RemoveActionAsync(childId, actionId, expectedItemVersion, Me));

    public Task<EditOutcome> SaveDetails(Guid sessionId, Guid childId, SessionPlanDetails details, long expectedItemVersion) =>
        EditedAsync(sessionId, Session(sessionId).SaveDetailsAsync(childId, details, expectedItemVersion, Me));

    private async Task<EditOutcome> EditedAsync(Guid sessionId, Task<EditOutcome> edit)
    {
        var outcome = await edit;
        if (outcome.Applied)
        {
            sessions.Acknowledged(sessionId, outcome.SessionVersion);
        }

        return outcome;
    }

    private async Task LeaveAsync(Guid sessionId, bool lost)
    {
        if (JoinedSessions().Remove(sessionId))
        {
            WebMetrics.ConnectedParticipants.Add(-1);
        }

        await Groups.RemoveFromGroupAsync(Context.ConnectionId, SessionObserverRegistry.Group(sessionId));
        await sessions.DisconnectedAsync(sessionId.ToString());
        await Session(sessionId).LeaveAsync(Me, node.ConnectionKey(Context.ConnectionId), lost);
    }

    private ITeamSessionGrain Session(Guid sessionId) => orleans.GetGrain<ITeamSessionGrain>(sessionId);

    private HashSet<Guid> JoinedSessions() =>
        (HashSet<Guid>)(Context.Items.TryGetValue(JoinedSessionsKey, out var joined) ? joined! : Context.Items[JoinedSessionsKey] = new HashSet<Guid>());
}
