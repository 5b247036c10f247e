using BackaBarnet.Live.GrainInterfaces.Domain;

namespace BackaBarnet.Live.GrainInterfaces.SupportRequests;

/// <summary>One request for support between agencies, as it stands on the child's record.</summary>
[GenerateSerializer, Alias("bb.SupportRequestView")]
public sealed record SupportRequestView(
    Guid RequestId,
    AgencyKind ToAgency,
    string Question,
    IReadOnlyList<NeedsArea> Areas,
    string SentBy,
    DateTimeOffset SentAt,
    SupportRequestStatus Status)
{
    [Id(10)]
    public string? AnsweredBy { get; init; }

    [Id(11)]
    public DateTimeOffset? AnsweredAt { get; init; }

    /// <summary>Why the receiving agency said no; the sender reads it on the child page.</summary>
    [Id(12)]
    public string? DeclineReason { get; init; }

    /// <summary>The plan action an accepted request became.</summary>
    [Id(13)]
    public Guid? PlanActionId { get; init; }
}
