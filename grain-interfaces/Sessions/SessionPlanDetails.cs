using BackaBarnet.Live.GrainInterfaces.Plans;

namespace BackaBarnet.Live.GrainInterfaces.Sessions;

/// <summary>The plan's goals, stödsamordnare and follow-up date, and the meeting's decisions/minutes for this child.</summary>
[GenerateSerializer, Alias("bb.SessionPlanDetails")]
public sealed record SessionPlanDetails(IReadOnlyList<PlanGoal> Goals, string? SupportCoordinatorId, DateOnly? NextFollowUp, string? Minutes)
{
    /// <summary>"Delas med familjen" for the goals: on unless the meeting says otherwise.</summary>
    [Id(10)]
    public bool GoalsSharedWithFamily { get; init; } = true;

    /// <summary>"Delas med familjen" for the minutes: off unless the meeting says otherwise (they may speak of other agencies' work).</summary>
    [Id(11)]
    public bool MinutesSharedWithFamily { get; init; }
}
