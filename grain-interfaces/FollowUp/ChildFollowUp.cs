using BackaBarnet.Live.GrainInterfaces.Assessments;
using BackaBarnet.Live.GrainInterfaces.Plans;

namespace BackaBarnet.Live.GrainInterfaces.FollowUp;

/// <summary>
/// A child's behovskompass over time beside the plan's actions: the baseline (first team
/// consensus), every assessment in date order, each area's change since baseline, and the status.
/// </summary>
[GenerateSerializer, Alias("bb.ChildFollowUp")]
public sealed record ChildFollowUp(
    Guid ChildId,
    string DisplayName,
    AssessmentView? Baseline,
    IReadOnlyList<AssessmentView> Assessments,
    IReadOnlyList<AreaFollowUp> Areas,
    IReadOnlyList<PlanActionView> Actions,
    FollowUpStatus Status,
    long Version);
