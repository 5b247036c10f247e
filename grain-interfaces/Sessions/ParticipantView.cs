namespace BackaBarnet.Live.GrainInterfaces.Sessions;

[GenerateSerializer, Alias("bb.ParticipantView")]
public sealed record ParticipantView(InvitedParticipant Participant, PresenceState Presence);
