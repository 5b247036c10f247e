using BackaBarnet.Live.GrainInterfaces.Domain;

namespace BackaBarnet.Live.GrainInterfaces.Plans;

/// <summary>An insats as the editor describes it: what, by which agency and professional, when, and its status.</summary>
[GenerateSerializer, Alias("bb.PlanActionInput")]
public sealed record PlanActionInput(
    string What,
    AgencyKind Agency,
    string? ResponsibleId,
    DateOnly? Start,
    DateOnly? Due,
    PlanActionStatus Status = PlanActionStatus.Planned);
