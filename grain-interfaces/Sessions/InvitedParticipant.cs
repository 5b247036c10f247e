namespace BackaBarnet.Live.GrainInterfaces.Sessions;

/// <summary>
/// Someone invited to the meeting. Professionals (and the upptäckare) are identified by their
/// professional id and can join; the web node takes their name, agency and title from the
/// directory, so only the id is needed. Guardians and the child are listed with an id of the
/// convener's choosing and a name (required for them), and take part in the room. Only
/// <paramref name="ParticipantId"/> lacks a default: the API description marks exactly what the
/// server requires of every invitee.
/// </summary>
[GenerateSerializer, Alias("bb.InvitedParticipant")]
public sealed record InvitedParticipant(
    string ParticipantId,
    string? Name = null,
    string? Agency = null,
    string? Role = null,
    ParticipantKind Kind = ParticipantKind.Professional);
