using BackaBarnet.Live.GrainInterfaces.Domain;

namespace BackaBarnet.Live.GrainInterfaces.Plans;

[GenerateSerializer, Alias("bb.PlanActionView")]
public sealed record PlanActionView(
    Guid ActionId,
    string What,
    AgencyKind Agency,
    string? ResponsibleId,
    DateOnly? Start,
    DateOnly? Due,
    PlanActionStatus Status);
