using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Plans;

namespace BackaBarnet.Live.Grains.Children;

/// <summary>The persisted plan. Its version moves on every plan change, independently of the record's.</summary>
[GenerateSerializer, Alias("bb.PlanState")]
public sealed class PlanState
{
    [Id(0)]
    public long Version { get; set; }

    [Id(1)]
    public PlanDetails Details { get; set; } = new([], null, null, null, null);

    [Id(2)]
    public List<PlanActionView> Actions { get; set; } = [];

    [Id(3)]
    public string? DetailsChangedBy { get; set; }

    [Id(4)]
    public DateTimeOffset? DetailsChangedAt { get; set; }

    /// <summary>
    /// The stödsamordnare's agency kind, looked up in the directory when the barnkontakt named them.
    /// Null for one named before this was kept: such a stödsamordnare holds no pen until named again.
    /// </summary>
    [Id(5)]
    public AgencyKind? SupportCoordinatorAgency { get; set; }

    public PlanView View() => new(Version, Details, Actions.ToArray(), PlanRules.Gaps(Details, Actions))
    {
        DetailsChangedBy = DetailsChangedBy,
        DetailsChangedAt = DetailsChangedAt,
        SupportCoordinatorAgency = SupportCoordinatorAgency,
    };
}
