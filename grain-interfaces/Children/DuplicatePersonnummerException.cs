namespace BackaBarnet.Live.GrainInterfaces.Children;

/// <summary>The personnummer already belongs to a registered child; the message names that child's id, never the number.</summary>
[GenerateSerializer, Alias("bb.DuplicatePersonnummerException")]
public sealed class DuplicatePersonnummerException(Guid existingChildId)
    : Exception($"A child with this personnummer is already registered: {existingChildId}.")
{
    [Id(0)]
    public Guid ExistingChildId { get; } = existingChildId;
}
