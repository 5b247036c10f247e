using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Plans;

namespace BackaBarnet.Live.GrainInterfaces.Sessions;

/// <summary>A plan action as edited in the meeting: assigned to a participant and/or an agency, with a due date.</summary>
[GenerateSerializer, Alias("bb.SessionActionInput")]
public sealed record SessionActionInput(string What, AgencyKind Agency, string? AssigneeId, DateOnly? Due, PlanActionStatus Status = PlanActionStatus.Planned)
{
    /// <summary>"Delas med familjen": the family sees this action in their view and their plan (on unless the meeting says otherwise).</summary>
    [Id(10)]
    public bool SharedWithFamily { get; init; } = true;
}
