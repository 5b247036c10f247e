namespace BackaBarnet.Live.GrainInterfaces.Directory;

/// <summary>What an import did, or would do on a dry run: ids added, changed, deactivated and left as they were.</summary>
[GenerateSerializer, Alias("bb.DirectoryChanges")]
public sealed record DirectoryChanges(
    [property: Id(0)] bool DryRun,
    [property: Id(1)] long Version,
    [property: Id(2)] IReadOnlyList<string> Added,
    [property: Id(3)] IReadOnlyList<string> Changed,
    [property: Id(4)] IReadOnlyList<string> Deactivated,
    [property: Id(5)] int Unchanged);
