using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Plans;

namespace BackaBarnet.Live.GrainInterfaces.Sessions;

/// <summary>A plan action in the meeting, with its own version: edits to different actions never conflict.</summary>
[GenerateSerializer, Alias("bb.SessionPlanAction")]
public sealed record SessionPlanAction(
    Guid ActionId, string What, AgencyKind Agency, string? AssigneeId, DateOnly? Due, PlanActionStatus Status, long ItemVersion)
{
    /// <summary>Who changed the action last in the meeting (or before it, on the record), and when.</summary>
    [Id(10)]
    public string? ChangedBy { get; init; }

    [Id(11)]
    public DateTimeOffset? ChangedAt { get; init; }

    /// <summary>"Delas med familjen": shown in the family's view and plan.</summary>
    [Id(12)]
    public bool SharedWithFamily { get; init; } = true;
}
