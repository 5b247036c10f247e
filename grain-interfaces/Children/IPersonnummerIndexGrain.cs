namespace BackaBarnet.Live.GrainInterfaces.Children;

/// <summary>One grain per personnummer, keyed by its HMAC (hex): which child holds it.</summary>
[Alias("bb.IPersonnummerIndexGrain")]
public interface IPersonnummerIndexGrain : IGrainWithStringKey
{
    /// <summary>Claims the number for the child; returns the child that holds it (the caller's own id when the claim succeeded).</summary>
    [Alias("Claim")]
    Task<Guid> ClaimAsync(Guid childId);

    /// <summary>Gives the number up again, only if this child holds it (a registration that failed after the claim).</summary>
    [Alias("Release")]
    Task ReleaseAsync(Guid childId);

    [Alias("Get")]
    Task<Guid?> GetAsync();
}
