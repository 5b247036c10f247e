using BackaBarnet.Live.GrainInterfaces.Domain;

namespace BackaBarnet.Live.GrainInterfaces.Plans;

/// <summary>
/// The child's one plan at <paramref name="Version"/>. <paramref name="Gaps"/> says why it is
/// incomplete (for example: actions from several agencies but no stödsamordnare).
/// </summary>
[GenerateSerializer, Alias("bb.PlanView")]
public sealed record PlanView(
    long Version,
    PlanDetails Details,
    IReadOnlyList<PlanActionView> Actions,
    IReadOnlyList<string> Gaps)
{
    public bool IsComplete => Gaps.Count == 0;

    /// <summary>Who changed the goals, follow-up, stödsamordnare or words last, and when.</summary>
    [Id(10)]
    public string? DetailsChangedBy { get; init; }

    [Id(11)]
    public DateTimeOffset? DetailsChangedAt { get; init; }

    /// <summary>The stödsamordnare's agency kind as the directory gave it when the barnkontakt named them.</summary>
    [Id(12)]
    public AgencyKind? SupportCoordinatorAgency { get; init; }
}
