namespace BackaBarnet.Live.GrainInterfaces.Children;

/// <summary>No child is registered under this id.</summary>
[GenerateSerializer, Alias("bb.ChildNotFoundException")]
public sealed class ChildNotFoundException(Guid childId)
    : Exception($"No child is registered with id {childId}.")
{
    [Id(0)]
    public Guid ChildId { get; } = childId;
}
