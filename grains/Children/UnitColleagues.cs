using BackaBarnet.Live.GrainInterfaces.Directory;

namespace BackaBarnet.Live.Grains.Children;

/// <summary>A professional's unit as the directory gives it (<see cref="IDirectoryGrain.GetUnitOfAsync"/>): their stand-in, manager and colleagues.</summary>
internal sealed class UnitColleagues(IReadOnlyList<DirectoryPerson> unit, string professionalId)
{
    public DirectoryPerson? Person { get; } = unit.FirstOrDefault(p => p.Id == professionalId);

    public string PersonName => Person?.Name ?? "barnkontakten";

    /// <summary>The unit's stand-in (ersättare) if the directory names an active one, else its manager; never the person themself.</summary>
    public DirectoryPerson? EscalationTarget =>
        Others.FirstOrDefault(p => p.Roles.Contains(DirectoryRoles.UnitManagerStandIn))
        ?? Others.FirstOrDefault(p => p.Roles.Contains(DirectoryRoles.UnitManager));

    /// <summary>Active practitioners of the same unit, the person themself excluded.</summary>
    public IEnumerable<DirectoryPerson> Practitioners => Others.Where(DirectoryRoles.IsPractitioner);

    private IEnumerable<DirectoryPerson> Others => unit.Where(p => p.Active && p.Id != professionalId);

    public static string RoleOf(DirectoryPerson target) =>
        target.Roles.Contains(DirectoryRoles.UnitManagerStandIn) ? "ersättare för enhetschefen" : "enhetschef";
}
