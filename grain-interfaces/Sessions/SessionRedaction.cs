namespace BackaBarnet.Live.GrainInterfaces.Sessions;

/// <summary>
/// What a meeting participant sees of a child when the guardians' consent does not cover their
/// agency: the child's name, that the meeting is going on, who has rated, their own ratings and
/// their own actions. The grain uses it for snapshots and catch-up, the web node for live events.
/// </summary>
public static class SessionRedaction
{
    public static AgendaChildView For(AgendaChildView child, string viewerId) => child with
    {
        ChildOwnView = [],
        GuardianView = [],
        Ratings = child.Ratings.Where(r => r.ParticipantId == viewerId).ToArray(),
        Spread = [],
        Consensus = [],
        Actions = child.Actions.Where(a => a.AssigneeId == viewerId).ToArray(),
        Details = new SessionPlanDetails([], null, null, null),
        DetailsChangedBy = null,
        DetailsChangedAt = null,
        ConsensusChanges = [],
        Restricted = true,
    };

    /// <summary>The event as a viewer without consent receives it: same version and kind, without what changed.</summary>
    public static SessionEvent For(SessionEvent sessionEvent, string viewerId)
    {
        var stillVisible = sessionEvent.Kind is SessionEventKind.PresenceChanged or SessionEventKind.StatusChanged
            or SessionEventKind.RatingsSubmitted or SessionEventKind.SharingChanged or SessionEventKind.PlanActionRemoved
            || (sessionEvent.Kind == SessionEventKind.PlanActionSaved && sessionEvent.Action?.AssigneeId == viewerId);
        return stillVisible
            ? sessionEvent with { WithheldFrom = null, SeenBy = null }
            : new SessionEvent(sessionEvent.Version, sessionEvent.Kind, sessionEvent.At, sessionEvent.ActorId)
            {
                // Not even the details' version: how often a plan's goals changed is itself something the viewer may not see.
                ChildId = sessionEvent.ChildId,
                Withheld = true,
            };
    }
}
