namespace BackaBarnet.Live.GrainInterfaces.Sessions;

/// <summary>A barnteam meeting as the child's record remembers it.</summary>
[GenerateSerializer, Alias("bb.TeamMeetingRecord")]
public sealed record TeamMeetingRecord(Guid SessionId, DateTimeOffset HeldAt, string ConvenerId, IReadOnlyList<string> ParticipantIds, string? Minutes);
