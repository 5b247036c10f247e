namespace BackaBarnet.Live.GrainInterfaces.Sessions;

[GenerateSerializer, Alias("bb.SessionSnapshot")]
public sealed record SessionSnapshot(
    Guid SessionId,
    SessionKind Kind,
    SessionStatus Status,
    string ConvenerId,
    DateTimeOffset ScheduledAt,
    IReadOnlyList<ParticipantView> Participants,
    IReadOnlyList<AgendaChildView> Agenda,
    long Version,
    IReadOnlyList<string> Warnings)
{
    /// <summary>The municipality's own video-meeting link, if the convener gave one (https only).</summary>
    [Id(20)]
    public string? VideoLink { get; init; }
}
