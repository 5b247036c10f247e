namespace BackaBarnet.Live.GrainInterfaces.Plans;

/// <summary>
/// The plan's own fields besides its actions: goals, the child's words (the child takes part in
/// writing the plan), the guardians' view, the next follow-up and the stödsamordnare.
/// </summary>
[GenerateSerializer, Alias("bb.PlanDetails")]
public sealed record PlanDetails(
    IReadOnlyList<PlanGoal> Goals,
    string? ChildWords,
    string? GuardianView,
    DateOnly? NextFollowUp,
    string? SupportCoordinatorId);
