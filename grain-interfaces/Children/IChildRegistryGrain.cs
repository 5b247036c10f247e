namespace BackaBarnet.Live.GrainInterfaces.Children;

/// <summary>
/// Look-up of children by personnummer. The number travels only as a call argument: the index
/// it goes through is keyed by a keyed hash (HMAC) of the normalized number.
/// </summary>
[Alias("bb.IChildRegistryGrain")]
public interface IChildRegistryGrain : IGrainWithIntegerKey
{
    /// <summary>The child with this personnummer, or null.</summary>
    [Alias("Find")]
    Task<Guid?> FindAsync(string personnummer);

    /// <summary>The children this person is (through the child index) or is a guardian of (through the guardian index).</summary>
    [Alias("FindFamily")]
    Task<IReadOnlyList<Family.FamilyLink>> FindFamilyAsync(string personnummer);
}
