namespace BackaBarnet.Live.GrainInterfaces.Children;

/// <summary>One grain per child, keyed by an opaque id (never the personnummer).</summary>
[Alias("bb.IChildGrain")]
public interface IChildGrain : IGrainWithGuidKey
{
    [Alias("Register")]
    Task<ChildSnapshot> RegisterAsync(NewChild child);

    /// <exception cref="ChildNotFoundException">The child is not registered.</exception>
    [Alias("GetSnapshot")]
    Task<ChildSnapshot> GetSnapshotAsync();

    /// <summary>
    /// Records the concern, then hands it to the barnkontakt's inbox before returning, so an
    /// acknowledged concern is both persisted and on its way to the barnkontakt.
    /// </summary>
    [Alias("RaiseConcern")]
    Task<ConcernView> RaiseConcernAsync(NewConcern concern);
}
