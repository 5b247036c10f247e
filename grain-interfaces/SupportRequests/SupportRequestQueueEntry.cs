namespace BackaBarnet.Live.GrainInterfaces.SupportRequests;

/// <summary>A request waiting in the receiving agency's intake queue.</summary>
[GenerateSerializer, Alias("bb.SupportRequestQueueEntry")]
public sealed record SupportRequestQueueEntry(
    [property: Id(0)] Guid ChildId,
    [property: Id(1)] string ChildDisplayName,
    [property: Id(2)] SupportRequestView Request);
