using BackaBarnet.Live.GrainInterfaces.Consents;
using BackaBarnet.Live.GrainInterfaces.Directory;
using BackaBarnet.Live.GrainInterfaces.Domain;

namespace BackaBarnet.Live.Grains.Directory;

/// <summary>
/// Grains ask the directory themselves whether an id someone names is a practitioner: the role it
/// gives (stödsamordnare) opens a record, so the web node's own check is not trusted alone.
/// </summary>
internal static class Practitioners
{
    /// <summary>The agency kind of an active practitioner; any other id is refused naming <paramref name="field"/>.</summary>
    public static async Task<AgencyKind> RequireAgencyAsync(IGrainFactory grains, string field, string id) =>
        await AgencyOfAsync(grains, id)
        ?? throw new DomainRuleException(field, "must be an active practitioner in the directory.", ErrorCodes.PlanCoordinatorNotPractitioner);

    /// <summary>The agency kind of an active practitioner; null for anyone else (unknown, inactive, or a function that reaches no child).</summary>
    public static async Task<AgencyKind?> AgencyOfAsync(IGrainFactory grains, string id)
    {
        var directory = await grains.GetGrain<IDirectoryGrain>(0).GetAsync();
        var person = directory.People.FirstOrDefault(p => p.Id == id);
        return person is not null && DirectoryRoles.IsPractitioner(person) ? AgencyKinds.OfDirectoryAgency(person.Agency) : null;
    }
}
