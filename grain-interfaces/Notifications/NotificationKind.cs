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

    // Escalation and requests between agencies (issue 20) number from 22, clear of other appends.

    /// <summary>A concern to a colleague of the unit was not acknowledged in time (to the stand-in or manager).</summary>
    ConcernEscalated = 22,

    /// <summary>A concern reached a colleague of the unit who is not signed in (to those who are).</summary>
    ConcernForOfflineColleague = 23,

    /// <summary>A request for support arrived at the agency's intake.</summary>
    SupportRequestReceived = 24,

    SupportRequestAccepted = 25,

    SupportRequestDeclined = 26,
}
