using BackaBarnet.Live.GrainInterfaces.Sessions;

namespace BackaBarnet.Live.Grains.Sessions;

/// <summary>
/// What one viewer may see of the meeting: before reveal, only their own ratings; for a child
/// whose guardians' consent does not cover the viewer's agency, only the participation view.
/// </summary>
internal static class SessionViews
{
    public static SessionSnapshot Snapshot(Guid sessionId, TeamSessionState state, string viewerId) => new(
        sessionId,
        state.Kind,
        state.Status,
        state.ConvenerId,
        state.ScheduledAt,
        Participants(state),
        state.Agenda.Select(child => WithAllowed(state, child, viewerId, state.Sees(viewerId, child) ? Agenda(child, viewerId) : SessionRedaction.For(Agenda(child, viewerId), viewerId))).ToArray(),
        state.Version,
        state.Warnings.ToArray())
    {
        VideoLink = state.VideoLink,
    };

    public static IReadOnlyList<ParticipantView> Participants(TeamSessionState state) =>
        state.Participants.Select(p => Participant(state, p.ParticipantId)).ToArray();

    public static ParticipantView Participant(TeamSessionState state, string participantId) => new(
        state.Participants.First(p => p.ParticipantId == participantId),
        state.Presence.GetValueOrDefault(participantId, PresenceState.NotJoined));

    public static IReadOnlyList<ParticipantRatings> AllRatings(AgendaChildState child) =>
        child.Ratings.OrderBy(r => r.Key).Select(r => new ParticipantRatings(r.Key, r.Value.ToArray())).ToArray();

    /// <summary>The event as this viewer may have it now (catch-up replays events under today's consent).</summary>
    public static SessionEvent EventFor(TeamSessionState state, SessionEvent sessionEvent, string viewerId) =>
        sessionEvent.ChildId is { } childId && state.Child(childId) is { } child && !state.Sees(viewerId, child)
            ? SessionRedaction.For(sessionEvent, viewerId)
            : sessionEvent with { WithheldFrom = null, SeenBy = null };

    private static AgendaChildView WithAllowed(TeamSessionState state, AgendaChildState child, string viewerId, AgendaChildView view) =>
        view with { Allowed = MeetingPermissions.AllowedFor(viewerId == state.ConvenerId, state.Sees(viewerId, child)) };

    private static AgendaChildView Agenda(AgendaChildState child, string viewerId) => new(
        child.ChildId,
        child.DisplayName,
        child.Revealed ? child.ChildOwnView.ToArray() : [],
        child.Revealed,
        child.Ratings.Keys.Order().ToArray(),
        child.Revealed ? AllRatings(child) : AllRatings(child).Where(r => r.ParticipantId == viewerId).ToArray(),
        child.Revealed ? RatingSpread.Of(child.Ratings.Values) : [],
        child.ConsensusRatings(),
        child.Actions.ToArray(),
        child.Details,
        child.DetailsVersion)
    {
        DetailsChangedBy = child.DetailsChangedBy,
        DetailsChangedAt = child.DetailsChangedAt,
        ConsensusChanges = child.ConsensusChangeList(),
        GuardianView = child.Revealed ? child.GuardianView.ToArray() : [],
    };
}
