namespace BackaBarnet.Live.GrainInterfaces.Children;

/// <summary>How the caller reached this view of the record; the web node sets it, the grain never does.</summary>
[GenerateSerializer, Alias("bb.RecordAccess")]
public sealed record RecordAccess(string Relation, string View, string? Basis)
{
    /// <summary>The changes this caller may make (names from <see cref="ChildPermissions"/>).</summary>
    [Id(10)]
    public IReadOnlyList<string> Allowed { get; init; } = [];
}
