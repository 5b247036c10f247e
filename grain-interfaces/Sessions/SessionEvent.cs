using BackaBarnet.Live.GrainInterfaces.Assessments;

namespace BackaBarnet.Live.GrainInterfaces.Sessions;

/// <summary>
/// One change to the meeting, at session <paramref name="Version"/>. Clients apply events in
/// version order; a gap means something was missed and the client asks for it. Which payload
/// members are set depends on <paramref name="Kind"/> (see docs/realtime-api.md). Never carries
/// hidden ratings: RatingsSubmitted names who rated, not what.
/// </summary>
[GenerateSerializer, Alias("bb.SessionEvent")]
public sealed record SessionEvent(long Version, SessionEventKind Kind, DateTimeOffset At, string ActorId)
{
    [Id(10)]
    public Guid? ChildId { get; init; }

    [Id(11)]
    public ParticipantView? Participant { get; init; }

    [Id(12)]
    public string? RatedBy { get; init; }

    [Id(13)]
    public IReadOnlyList<ParticipantRatings>? Ratings { get; init; }

    [Id(14)]
    public IReadOnlyList<AreaSpread>? Spread { get; init; }

    [Id(15)]
    public IReadOnlyList<AreaRating>? Consensus { get; init; }

    [Id(16)]
    public SessionPlanAction? Action { get; init; }

    [Id(17)]
    public Guid? RemovedActionId { get; init; }

    [Id(18)]
    public SessionPlanDetails? Details { get; init; }

    [Id(19)]
    public long? DetailsVersion { get; init; }

    [Id(20)]
    public SessionStatus? Status { get; init; }

    /// <summary>
    /// The guardians' consent does not cover this viewer's agency: the event keeps its place in the
    /// version order, but what changed is not in it.
    /// </summary>
    [Id(21)]
    public bool Withheld { get; init; }

    /// <summary>
    /// Participants who may not see this event's child, as decided when it was made: the web node
    /// sends them the withheld form. For routing only; never sent to a client.
    /// </summary>
    [Id(22)]
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<string>? WithheldFrom { get; init; }

    /// <summary>When <see cref="WithheldFrom"/> is set: the participants who get the whole event. Routing only.</summary>
    [Id(23)]
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<string>? SeenBy { get; init; }

    /// <summary>ConsensusSet: per area, who set it last and when.</summary>
    [Id(24)]
    public IReadOnlyList<AreaChange>? ConsensusChanges { get; init; }

    /// <summary>RatingsRevealed: "Barnets egen syn" as the child rated in the meeting (or last on the record).</summary>
    [Id(25)]
    public IReadOnlyList<AreaRating>? ChildOwnView { get; init; }

    /// <summary>RatingsRevealed: "Vårdnadshavarnas syn".</summary>
    [Id(26)]
    public IReadOnlyList<AreaRating>? GuardianView { get; init; }
}
