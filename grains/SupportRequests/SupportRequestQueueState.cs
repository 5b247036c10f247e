using BackaBarnet.Live.GrainInterfaces.SupportRequests;

namespace BackaBarnet.Live.Grains.SupportRequests;

/// <summary>Persisted. Add members at the end; old rows must still read.</summary>
[GenerateSerializer, Alias("bb.SupportRequestQueueState")]
public sealed class SupportRequestQueueState
{
    [Id(0)]
    public List<SupportRequestQueueEntry> Waiting { get; set; } = [];
}
