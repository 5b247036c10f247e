using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Plans;

namespace BackaBarnet.Live.Web.Workspace;

/// <summary>One row of "Mina insatser": an action I am responsible for, as the child's plan has it now.</summary>
public sealed record MyAction(
    Guid ChildId,
    string ChildDisplayName,
    Guid ActionId,
    string What,
    AgencyKind Agency,
    DateOnly? Due,
    PlanActionStatus Status,
    bool Overdue,
    long PlanVersion,
    string? ChangedBy,
    DateTimeOffset? ChangedAt);
