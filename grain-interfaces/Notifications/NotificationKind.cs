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

    // Escalation and requests between agencies (issue 20) number from 20, clear of other appends.

    /// <summary>A concern to a colleague of the unit was not acknowledged in time (to the stand-in or manager).</summary>
    ConcernEscalated = 20,

    /// <summary>A concern reached a colleague of the unit who is not signed in (to those who are).</summary>
    ConcernForOfflineColleague = 21,

    /// <summary>A request for support arrived at the agency's intake.</summary>
    SupportRequestReceived = 22,

    SupportRequestAccepted = 23,

    SupportRequestDeclined = 24,
}
