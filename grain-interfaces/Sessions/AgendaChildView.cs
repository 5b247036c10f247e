using BackaBarnet.Live.GrainInterfaces.Assessments;

namespace BackaBarnet.Live.GrainInterfaces.Sessions;

/// <summary>
/// One child on the agenda as one viewer sees it: before reveal only the viewer's own ratings
/// and who has rated; after reveal everyone's, with the spread per area.
/// </summary>
[GenerateSerializer, Alias("bb.AgendaChildView")]
public sealed record AgendaChildView(
    Guid ChildId,
    string DisplayName,
    IReadOnlyList<AreaRating> ChildOwnView,
    bool Revealed,
    IReadOnlyList<string> RatedBy,
    IReadOnlyList<ParticipantRatings> Ratings,
    IReadOnlyList<AreaSpread> Spread,
    IReadOnlyList<AreaRating> Consensus,
    IReadOnlyList<SessionPlanAction> Actions,
    SessionPlanDetails Details,
    long DetailsVersion)
{
    /// <summary>
    /// The guardians' consent does not cover the viewer's agency: they see the child's name, the
    /// meeting, their own ratings and their own actions, nothing else.
    /// </summary>
    [Id(11)]
    public bool Restricted { get; init; }

    /// <summary>Who saved the plan details last, and when.</summary>
    [Id(12)]
    public string? DetailsChangedBy { get; init; }

    [Id(13)]
    public DateTimeOffset? DetailsChangedAt { get; init; }

    /// <summary>Per area: who set the consensus last, and when.</summary>
    [Id(14)]
    public IReadOnlyList<AreaChange> ConsensusChanges { get; init; } = [];

    /// <summary>What this viewer may do for this child in the meeting (names from <see cref="MeetingPermissions"/>).</summary>
    [Id(15)]
    public IReadOnlyList<string> Allowed { get; init; } = [];

    /// <summary>"Vårdnadshavarnas syn", after the reveal (hidden like every rating before it).</summary>
    [Id(16)]
    public IReadOnlyList<AreaRating> GuardianView { get; init; } = [];
}
