namespace BackaBarnet.Live.GrainInterfaces.Sessions;

/// <summary>A meeting a professional is invited to, as their own list shows it.</summary>
[GenerateSerializer, Alias("bb.SessionInvitation")]
public sealed record SessionInvitation(Guid SessionId, SessionKind Kind, DateTimeOffset ScheduledAt, string ConvenerId, IReadOnlyList<string> ChildNames);
