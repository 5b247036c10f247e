namespace BackaBarnet.Live.GrainInterfaces.Directory;

/// <summary>
/// The directory of professionals (key 0): data maintained by directory administrators, not code.
/// Every change bumps the version, which web nodes poll to refresh their cache and to sign out
/// people who were deactivated.
/// </summary>
[Alias("bb.IDirectoryGrain")]
public interface IDirectoryGrain : IGrainWithIntegerKey
{
    [Alias("Get")]
    Task<DirectorySnapshot> GetAsync();

    [Alias("GetVersion")]
    Task<long> GetVersionAsync();

    /// <summary>Adds a person or changes one (validated here too: grains trust only the edge, not its validation).</summary>
    [Alias("Save")]
    Task<DirectoryPerson> SaveAsync(DirectoryPerson person);

    /// <summary>Deactivates a person; throws a DomainRuleException (directory.not-found) for an unknown id.</summary>
    [Alias("Deactivate")]
    Task<DirectoryPerson> DeactivateAsync(string id);

    /// <summary>
    /// Makes the directory match a full export: new rows added, changed rows changed, active people
    /// missing from it deactivated. The same file twice changes nothing the second time. A dry run
    /// reports the same changes and writes nothing.
    /// </summary>
    [Alias("Import")]
    Task<DirectoryChanges> ImportAsync(IReadOnlyList<DirectoryPerson> people, bool dryRun);

    /// <summary>Loads seed people only into a directory that has never been written (Development's demo people).</summary>
    [Alias("Seed")]
    Task<long> SeedAsync(IReadOnlyList<DirectoryPerson> people);

    /// <summary>The person and everyone in the directory of the same agency and unit (active or not); empty for an unknown id.</summary>
    [Alias("GetUnitOf")]
    Task<IReadOnlyList<DirectoryPerson>> GetUnitOfAsync(string professionalId);

    /// <summary>Active people of an agency kind holding a role (an agency's intake, for example).</summary>
    [Alias("GetHolders")]
    Task<IReadOnlyList<DirectoryPerson>> GetHoldersAsync(Domain.AgencyKind agency, string role);
}
