namespace BackaBarnet.Live.GrainInterfaces.Children;

/// <summary>
/// One page of a child's archived handled concerns, newest raised first. <see cref="NextBefore"/>
/// asks for the next (older) page; null when this page reached the oldest.
/// </summary>
[GenerateSerializer, Alias("bb.ClosedConcernPage")]
public sealed record ClosedConcernPage(IReadOnlyList<ConcernView> Concerns, long? NextBefore)
{
    public const int DefaultTake = 20;
    public const int MaxTake = 100;
}
