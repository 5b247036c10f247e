using BackaBarnet.Live.GrainInterfaces.Sessions;

namespace BackaBarnet.Live.GrainInterfaces.Family;

/// <summary>Who takes part, as the family sees them: a name, what they do, and whether they are here now.</summary>
[GenerateSerializer, Alias("bb.FamilyParticipantView")]
public sealed record FamilyParticipantView(string ParticipantId, string Name, string? Role, string? Agency, ParticipantKind Kind, PresenceState Presence);
