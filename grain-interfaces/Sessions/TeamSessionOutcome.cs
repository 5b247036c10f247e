using BackaBarnet.Live.GrainInterfaces.Assessments;
using BackaBarnet.Live.GrainInterfaces.Plans;

namespace BackaBarnet.Live.GrainInterfaces.Sessions;

/// <summary>
/// What a closed meeting commits to one child's record, in one step: the consensus assessment,
/// the plan as the meeting left it, and the meeting itself for the chronology.
/// </summary>
[GenerateSerializer, Alias("bb.TeamSessionOutcome")]
public sealed record TeamSessionOutcome(
    Guid SessionId,
    DateTimeOffset HeldAt,
    string ConvenerId,
    IReadOnlyList<string> ParticipantIds,
    IReadOnlyList<AreaRating> Consensus,
    IReadOnlyList<SessionPlanAction> Actions,
    IReadOnlyList<Guid> RemovedActionIds,
    IReadOnlyList<PlanGoal> Goals,
    string? SupportCoordinatorId,
    DateOnly? NextFollowUp,
    string? Minutes)
{
    /// <summary>The child's own rating given in the meeting, for the record as "barnets egen skattning"; empty when the child did not rate.</summary>
    [Id(20)]
    public IReadOnlyList<AreaRating> ChildOwnView { get; init; } = [];

    /// <summary>The guardians' rating given in the meeting; empty when they did not rate.</summary>
    [Id(21)]
    public IReadOnlyList<AreaRating> GuardianView { get; init; } = [];
}
