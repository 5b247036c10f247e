namespace BackaBarnet.Live.GrainInterfaces.Family;

/// <summary>One grain per guardian's personnummer, keyed by its HMAC (hex): the children they are guardian of, and as which guardian.</summary>
[Alias("bb.IGuardianIndexGrain")]
public interface IGuardianIndexGrain : IGrainWithStringKey
{
    [Alias("Link")]
    Task LinkAsync(FamilyLink link);

    [Alias("Get")]
    Task<IReadOnlyList<FamilyLink>> GetAsync();
}
