using BackaBarnet.Live.GrainInterfaces.Assessments;
using BackaBarnet.Live.GrainInterfaces.Domain;

namespace BackaBarnet.Live.GrainInterfaces.Sessions;

/// <summary>
/// One barnteam meeting. Every change is validated and persisted here first, then pushed to the
/// subscribed web nodes with the session's new version. <c>actorId</c> is the authenticated
/// professional; only invited participants act, only the convener opens, reveals and closes.
/// </summary>
[Alias("bb.ITeamSessionGrain")]
public interface ITeamSessionGrain : IGrainWithGuidKey
{
    /// <summary>Convened by the barnkontakt of every child on the agenda; warns of active SIPs.</summary>
    [Alias("Convene")]
    Task<SessionSnapshot> ConveneAsync(NewTeamSession session, string actorId);

    [Alias("GetSnapshot")]
    Task<SessionSnapshot> GetSnapshotAsync(string viewerId);

    /// <summary>The events after <paramref name="version"/>, or a snapshot when they are no longer kept.</summary>
    [Alias("GetSince")]
    Task<SessionCatchUp> GetSinceAsync(string viewerId, long version);

    [Alias("Open")]
    Task<SessionSnapshot> OpenAsync(string actorId);

    /// <summary>Commits the outcome to each child's record, once, even when called again or retried after a crash.</summary>
    [Alias("Close")]
    Task<SessionSnapshot> CloseAsync(string actorId);

    /// <summary>A connection of the participant joined (several tabs count once).</summary>
    [Alias("Join")]
    Task<SessionSnapshot> JoinAsync(string participantId, string connectionKey);

    [Alias("Leave")]
    Task LeaveAsync(string participantId, string connectionKey, bool lost);

    [Alias("SubmitRatings")]
    Task<EditOutcome> SubmitRatingsAsync(Guid childId, IReadOnlyList<AreaRating> ratings, string actorId);

    [Alias("RevealRatings")]
    Task<EditOutcome> RevealRatingsAsync(Guid childId, string actorId);

    /// <summary>Sets (or with null clears) the group's consensus rating of one area.</summary>
    [Alias("SetConsensus")]
    Task<EditOutcome> SetConsensusAsync(Guid childId, NeedsArea area, int? value, string actorId);

    /// <summary>Adds an action (null <paramref name="actionId"/>, version 0) or edits one at the version the editor saw.</summary>
    [Alias("SaveAction")]
    Task<EditOutcome> SaveActionAsync(Guid childId, Guid? actionId, SessionActionInput action, long expectedItemVersion, string actorId);

    [Alias("RemoveAction")]
    Task<EditOutcome> RemoveActionAsync(Guid childId, Guid actionId, long expectedItemVersion, string actorId);

    [Alias("SaveDetails")]
    Task<EditOutcome> SaveDetailsAsync(Guid childId, SessionPlanDetails details, long expectedItemVersion, string actorId);

    /// <summary>The child's record tells the meeting who may now see the child's information.</summary>
    [Alias("UpdateSharing")]
    Task UpdateSharingAsync(Guid childId, Consents.ChildSharing sharing);

    /// <summary>A guardian or the child joins from their own device; they get the family view only.</summary>
    [Alias("JoinFamily")]
    Task<Family.FamilyMeetingView> JoinFamilyAsync(string participantId, string connectionKey);

    [Alias("GetFamilyView")]
    Task<Family.FamilyMeetingView> GetFamilyViewAsync(string participantId);

    /// <summary>The child's own rating ("jag"-statements) or the guardians'; hidden from everyone until the convener reveals.</summary>
    [Alias("SubmitFamilyRatings")]
    Task<EditOutcome> SubmitFamilyRatingsAsync(IReadOnlyList<AreaRating> ratings, string participantId);

    /// <summary>The convener moves a scheduled meeting (and sets or clears its video link); invitees are told live and get an updated calendar invitation.</summary>
    [Alias("Reschedule")]
    Task<SessionSnapshot> RescheduleAsync(MeetingLogistics logistics, string actorId);

    /// <summary>The convener calls off a scheduled meeting; invitees are told live and get a calendar cancellation.</summary>
    [Alias("Cancel")]
    Task<SessionSnapshot> CancelAsync(string actorId);

    /// <summary>The meeting as an iCalendar object (same UID and SEQUENCE as the e-mails), for a participant.</summary>
    [Alias("GetCalendar")]
    Task<string> GetCalendarAsync(string viewerId);

    [Alias("Subscribe")]
    Task SubscribeAsync(ISessionObserver observer);

    [Alias("Unsubscribe")]
    Task UnsubscribeAsync(ISessionObserver observer);
}
