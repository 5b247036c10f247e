namespace BackaBarnet.Live.GrainInterfaces.Children;

[GenerateSerializer, Alias("bb.ChildAlreadyRegisteredException")]
public sealed class ChildAlreadyRegisteredException(Guid childId)
    : Exception($"A child is already registered with id {childId}.")
{
    [Id(0)]
    public Guid ChildId { get; } = childId;
}
