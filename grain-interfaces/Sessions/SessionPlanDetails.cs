using BackaBarnet.Live.GrainInterfaces.Plans;

namespace BackaBarnet.Live.GrainInterfaces.Sessions;

/// <summary>The plan's goals, stödsamordnare and follow-up date, and the meeting's decisions/minutes for this child.</summary>
[GenerateSerializer, Alias("bb.SessionPlanDetails")]
public sealed record SessionPlanDetails(IReadOnlyList<PlanGoal> Goals, string? SupportCoordinatorId, DateOnly? NextFollowUp, string? Minutes);
