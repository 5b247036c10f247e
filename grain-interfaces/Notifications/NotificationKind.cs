namespace BackaBarnet.Live.GrainInterfaces.Notifications;

/// <summary>Persisted: never renumber.</summary>
public enum NotificationKind
{
    ConcernRaised = 0,
    HandoverProposed = 1,
    ActionAssigned = 2,
    MeetingInvitation = 3,
    FollowUpDue = 4,
    FollowUpOverdue = 5,
    ActionDue = 6,
    ActionOverdue = 7,
    // Meeting logistics (issue 20) keep their own range, away from other new kinds.
    MeetingRescheduled = 20,
    MeetingCancelled = 21,
}
