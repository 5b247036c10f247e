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
    PlanActionStatus Status)
{
    /// <summary>Who changed the action last (a professional id), and when: "ändrad av … 14:32".</summary>
    [Id(10)]
    public string? ChangedBy { get; init; }

    [Id(11)]
    public DateTimeOffset? ChangedAt { get; init; }
}
