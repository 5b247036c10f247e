using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace BackaBarnet.Live.Benchmarks.Peer;

/// <summary>The peer's live hub: the same method names and arguments as the product's, for meetings only.</summary>
[Authorize]
public sealed class MeetingHub(Meetings meetings) : Hub
{
    public const string Path = "/hubs/live";

    public async Task<Joined> JoinSession(Guid sessionId)
    {
        var meeting = Participating(sessionId);
        await Groups.AddToGroupAsync(Context.ConnectionId, Meetings.Group(sessionId));
        return new Joined(sessionId, meeting.Version);
    }

    public Task<EditOutcome> SubmitRatings(Guid sessionId, Guid childId, AreaRating[] ratings) =>
        On(sessionId, childId).SubmitRatingsAsync(Actor, ratings, meetings.Io);

    public Task<EditOutcome> SetConsensus(Guid sessionId, Guid childId, NeedsArea area, int? value) =>
        On(sessionId, childId).SetConsensusAsync(Actor, area, value, meetings.Io);

    public Task<EditOutcome> SaveAction(Guid sessionId, Guid childId, Guid? actionId, ActionInput action, long expectedItemVersion) =>
        On(sessionId, childId).SaveActionAsync(Actor, actionId, action, expectedItemVersion, meetings.Io);

    public Task<EditOutcome> SaveDetails(Guid sessionId, Guid childId, PlanDetails details, long expectedItemVersion) =>
        On(sessionId, childId).SaveDetailsAsync(Actor, details, expectedItemVersion, meetings.Io);

    private string Actor => Context.UserIdentifier!;

    private Meeting On(Guid sessionId, Guid childId)
    {
        var meeting = Participating(sessionId);
        return meeting.ChildId == childId ? meeting : throw new PeerRefusal("childId", "the meeting's child");
    }

    private Meeting Participating(Guid sessionId) =>
        meetings.Find(sessionId) is { } meeting && meeting.HasParticipant(Actor) ? meeting : throw new PeerRefusal("sessionId", "a meeting you take part in");
}
