using BackaBarnet.Live.GrainInterfaces.Sessions;

namespace BackaBarnet.Live.GrainInterfaces.Family;

/// <summary>
/// A meeting as a guardian or the child sees it: who is there, what it is about, the family's own
/// ratings, the consent asked for, and only what the professionals chose to share. It is built
/// from the meeting's state field by field, so nothing else (concern texts, professionals' own
/// ratings, notes, unshared plan items) can reach a family member even by mistake.
/// </summary>
[GenerateSerializer, Alias("bb.FamilyMeetingView")]
public sealed record FamilyMeetingView(
    Guid SessionId,
    SessionKind Kind,
    SessionStatus Status,
    DateTimeOffset ScheduledAt,
    string ViewerId,
    FamilyRelation ViewerRelation,
    IReadOnlyList<FamilyParticipantView> Participants,
    FamilyChildView Child,
    long Version);
