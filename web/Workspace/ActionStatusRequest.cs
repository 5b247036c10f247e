using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Plans;

namespace BackaBarnet.Live.Web.Workspace;

/// <summary>Body of <c>POST …/plan/actions/{aid}/status</c>: the new status and the plan version it is based on.</summary>
public sealed record ActionStatusRequest(PlanActionStatus? Status, long? ExpectedVersion)
{
    public PlanActionStatus RequiredStatus() => Status ?? throw new DomainRuleException("status", "is required.", ErrorCodes.FieldRequired);

    public long RequiredVersion() => EditVersions.RequireNotNegative("expectedVersion", ExpectedVersion ?? throw new DomainRuleException("expectedVersion", "is required: the plan version the change is based on.", ErrorCodes.FieldRequired));
}
