namespace BackaBarnet.Live.GrainInterfaces.Children;

/// <summary>The child's record as the owning grain sees it at <paramref name="Version"/>.</summary>
[GenerateSerializer, Alias("bb.ChildSnapshot")]
public sealed record ChildSnapshot(
    Guid ChildId,
    string DisplayName,
    string ChildContactId,
    IReadOnlyList<ConcernView> OpenConcerns,
    long Version);
