namespace BackaBarnet.Live.GrainInterfaces.Directory;

/// <summary>Everyone in the directory, active or not, at one version (web nodes cache it and compare versions).</summary>
[GenerateSerializer, Alias("bb.DirectorySnapshot")]
public sealed record DirectorySnapshot(
    [property: Id(0)] long Version,
    [property: Id(1)] IReadOnlyList<DirectoryPerson> People);
