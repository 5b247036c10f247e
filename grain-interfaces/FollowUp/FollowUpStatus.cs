using BackaBarnet.Live.GrainInterfaces.Plans;

namespace BackaBarnet.Live.GrainInterfaces.FollowUp;

/// <summary>Where follow-up stands today: the next date, actions past due, time since the last assessment.</summary>
[GenerateSerializer, Alias("bb.FollowUpStatus")]
public sealed record FollowUpStatus(
    DateOnly Today,
    DateOnly? NextFollowUp,
    bool FollowUpOverdue,
    IReadOnlyList<PlanActionView> OverdueActions,
    DateOnly? LastAssessedOn,
    int? DaysSinceLastAssessment);
