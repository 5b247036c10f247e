using BackaBarnet.Live.GrainInterfaces.Directory;

namespace BackaBarnet.Live.Grains.Directory;

/// <summary>
/// All professionals in one state row. One municipality's staff fits (about 200 bytes a person,
/// so a few thousand people stay well under a table entity's 1 MB); a larger region would split by unit.
/// </summary>
[GenerateSerializer, Alias("bb.DirectoryState")]
public sealed class DirectoryState
{
    [Id(0)]
    public long Version { get; set; }

    [Id(1)]
    public Dictionary<string, DirectoryPerson> People { get; set; } = [];
}
