using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Plans;

namespace BackaBarnet.Live.Web.Endpoints;

/// <summary>An insats plus the plan version the editor saw (a stale one is refused with 409).</summary>
public sealed record PlanActionRequest(
    string? What,
    AgencyKind? Agency,
    string? ResponsibleId,
    DateOnly? Start,
    DateOnly? Due,
    PlanActionStatus Status = PlanActionStatus.Planned,
    long? ExpectedVersion = null)
{
    public PlanActionInput ToInput() =>
        new(What ?? "", Agency ?? throw new DomainRuleException("agency", "is required.", ErrorCodes.FieldRequired), ResponsibleId, Start, Due, Status);

    public long RequiredVersion() => EditVersions.RequireNotNegative("expectedVersion", ExpectedVersion ?? throw new DomainRuleException("expectedVersion", "is required: the plan version the change is based on.", ErrorCodes.FieldRequired));
}
