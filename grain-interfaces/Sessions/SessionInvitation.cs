namespace BackaBarnet.Live.GrainInterfaces.Sessions;

/// <summary>A meeting a professional is invited to, as their own list shows it.</summary>
[GenerateSerializer, Alias("bb.SessionInvitation")]
public sealed record SessionInvitation(Guid SessionId, SessionKind Kind, DateTimeOffset ScheduledAt, string ConvenerId, IReadOnlyList<string> ChildNames)
{
    /// <summary>The children on the agenda: an invitation to an open meeting is a relation to each of them.</summary>
    [Id(10)]
    public IReadOnlyList<Guid> ChildIds { get; init; } = [];
}
