using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Plans;

namespace BackaBarnet.Live.Web.Endpoints;

public sealed record PlanDetailsRequest(
    PlanGoal[]? Goals,
    string? ChildWords,
    string? GuardianView,
    DateOnly? NextFollowUp,
    string? SupportCoordinatorId,
    long? ExpectedVersion = null)
{
    public PlanDetails ToDetails() => new(Goals ?? [], ChildWords, GuardianView, NextFollowUp, SupportCoordinatorId);

    public long RequiredVersion() => EditVersions.RequireNotNegative("expectedVersion", ExpectedVersion ?? throw new DomainRuleException("expectedVersion", "is required: the plan version the change is based on.", ErrorCodes.FieldRequired));
}
