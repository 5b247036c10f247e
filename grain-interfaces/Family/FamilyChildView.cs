using BackaBarnet.Live.GrainInterfaces.Assessments;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Plans;

namespace BackaBarnet.Live.GrainInterfaces.Family;

/// <summary>
/// The family's child in the meeting. Before the reveal each family member sees only their own
/// rating; after it, the child's own, the guardians' and the team's consensus.
/// </summary>
[GenerateSerializer, Alias("bb.FamilyChildView")]
public sealed record FamilyChildView(
    Guid ChildId,
    string DisplayName,
    bool Revealed,
    bool ChildHasRated,
    bool GuardiansHaveRated,
    IReadOnlyList<AreaRating> ChildOwnView,
    IReadOnlyList<AreaRating> GuardianView,
    IReadOnlyList<AreaRating> Consensus,
    IReadOnlyList<FamilyPlanAction> Actions,
    IReadOnlyList<PlanGoal> Goals,
    string? Minutes,
    DateOnly? NextFollowUp,
    IReadOnlyList<AgencyKind> AgenciesInMeeting,
    IReadOnlyList<FamilyConsentState> Consents);
