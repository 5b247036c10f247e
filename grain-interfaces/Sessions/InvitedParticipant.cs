namespace BackaBarnet.Live.GrainInterfaces.Sessions;

/// <summary>
/// Someone invited to the meeting. Professionals (and the upptäckare) are identified by their
/// professional id and can join; guardians and the child are listed with an id of the convener's
/// choosing and take part in the room.
/// </summary>
[GenerateSerializer, Alias("bb.InvitedParticipant")]
public sealed record InvitedParticipant(string ParticipantId, string Name, string? Agency, string? Role, ParticipantKind Kind);
