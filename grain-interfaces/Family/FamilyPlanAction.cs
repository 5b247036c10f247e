using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Plans;

namespace BackaBarnet.Live.GrainInterfaces.Family;

/// <summary>A plan action shared with the family: what, which agency, who (by name) and by when.</summary>
[GenerateSerializer, Alias("bb.FamilyPlanAction")]
public sealed record FamilyPlanAction(Guid ActionId, string What, AgencyKind Agency, string? Who, DateOnly? Due, PlanActionStatus Status);
