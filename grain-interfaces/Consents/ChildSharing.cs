using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Domain;

namespace BackaBarnet.Live.GrainInterfaces.Consents;

/// <summary>
/// Who may see the whole of a child's information today. The barnkontakt holds the record; the
/// barnkontakt's own agency works inside it; every other agency kind (the stödsamordnare's too)
/// sees it only while a guardian's consent for that kind is in force.
/// </summary>
[GenerateSerializer, Alias("bb.ChildSharing")]
public sealed record ChildSharing(string ChildContactId, string? SupportCoordinatorId, AgencyKind HolderAgency, IReadOnlyList<AgencyKind> ConsentedAgencies)
{
    public static ChildSharing Of(ChildSnapshot child) => new(
        child.ChildContactId,
        child.Plan?.Details.SupportCoordinatorId,
        AgencyKinds.Of(child.ContactRole),
        child.ConsentedAgencies);

    public bool Equals(ChildSharing? other) =>
        other is not null
        && ChildContactId == other.ChildContactId
        && SupportCoordinatorId == other.SupportCoordinatorId
        && HolderAgency == other.HolderAgency
        && ConsentedAgencies.SequenceEqual(other.ConsentedAgencies);

    public override int GetHashCode() => HashCode.Combine(ChildContactId, SupportCoordinatorId, HolderAgency, ConsentedAgencies.Count);

    /// <summary>Holds the record: the barnkontakt. The stödsamordnare sees it only as far as <see cref="Covers"/> their agency.</summary>
    public bool HoldsRecord(string professionalId) => professionalId == ChildContactId;

    /// <summary>The holding agency works inside the record; any other agency kind only while a guardian's consent for it is in force.</summary>
    public bool Covers(AgencyKind? agency) => agency is { } kind && (kind == HolderAgency || ConsentedAgencies.Contains(kind));

    /// <summary>Sees everything: holds the record, or their agency is covered (a stödsamordnare included: revoking the consent closes it).</summary>
    public bool SeesEverything(string professionalId, AgencyKind? agency) => HoldsRecord(professionalId) || Covers(agency);

    /// <summary>Why <see cref="SeesEverything"/> holds, for the audit log; null when it does not.</summary>
    public string? Basis(string professionalId, AgencyKind? agency)
    {
        if (HoldsRecord(professionalId))
        {
            return "as barnkontakt";
        }

        var covered = agency == HolderAgency ? $"within the holding agency ({HolderAgency})"
            : Covers(agency) ? $"with the guardians' consent for {agency}"
            : null;
        return covered is not null && professionalId == SupportCoordinatorId ? $"as stödsamordnare, {covered}" : covered;
    }
}
