namespace BackaBarnet.Live.GrainInterfaces.Sessions;

[GenerateSerializer, Alias("bb.NewTeamSession")]
public sealed record NewTeamSession(
    SessionKind Kind,
    IReadOnlyList<Guid> ChildIds,
    DateTimeOffset ScheduledAt,
    IReadOnlyList<InvitedParticipant> Participants);
