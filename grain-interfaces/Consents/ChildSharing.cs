using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Domain;

namespace BackaBarnet.Live.GrainInterfaces.Consents;

/// <summary>
/// Who may see the whole of a child's information today. The barnkontakt and the stödsamordnare
/// hold the record; the barnkontakt's own agency works inside it; every other agency kind
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

    /// <summary>Holds the record: barnkontakt or stödsamordnare.</summary>
    public bool HoldsRecord(string professionalId) => professionalId == ChildContactId || professionalId == SupportCoordinatorId;

    /// <summary>Sees everything: holds the record, works for the holding agency, or their agency kind has consent.</summary>
    public bool SeesEverything(string professionalId, AgencyKind? agency) =>
        HoldsRecord(professionalId) || (agency is { } kind && (kind == HolderAgency || ConsentedAgencies.Contains(kind)));

    /// <summary>Why <see cref="SeesEverything"/> holds, for the audit log; null when it does not.</summary>
    public string? Basis(string professionalId, AgencyKind? agency) =>
        professionalId == ChildContactId ? "as barnkontakt"
        : professionalId == SupportCoordinatorId ? "as stödsamordnare"
        : agency == HolderAgency ? $"within the holding agency ({HolderAgency})"
        : agency is { } kind && ConsentedAgencies.Contains(kind) ? $"with the guardians' consent for {kind}"
        : null;
}
