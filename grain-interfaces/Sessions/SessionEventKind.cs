namespace BackaBarnet.Live.GrainInterfaces.Sessions;

public enum SessionEventKind
{
    PresenceChanged = 0,
    RatingsSubmitted = 1,
    RatingsRevealed = 2,
    ConsensusSet = 3,
    PlanActionSaved = 4,
    PlanActionRemoved = 5,
    PlanDetailsSaved = 6,
    StatusChanged = 7,

    /// <summary>The guardians' consent for a child on the agenda changed: every viewer fetches their view again.</summary>
    SharingChanged = 8,
}
