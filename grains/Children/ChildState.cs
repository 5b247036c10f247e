using BackaBarnet.Live.GrainInterfaces.Children;

namespace BackaBarnet.Live.Grains.Children;

/// <summary>Persisted record of one child. Add members at the end; old rows must still read.</summary>
[GenerateSerializer, Alias("bb.ChildState")]
public sealed class ChildState
{
    [Id(0)]
    public bool IsRegistered { get; set; }

    [Id(1)]
    public string DisplayName { get; set; } = "";

    [Id(2)]
    public string ChildContactId { get; set; } = "";

    [Id(3)]
    public List<ConcernView> Concerns { get; set; } = [];

    [Id(4)]
    public long Version { get; set; }

    [Id(5)]
    public DateTimeOffset RegisteredAt { get; set; }

    [Id(6)]
    public string RegisteredBy { get; set; } = "";
}
