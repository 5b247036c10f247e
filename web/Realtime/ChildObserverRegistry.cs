using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.Web.Operations;
using Microsoft.AspNetCore.SignalR;

namespace BackaBarnet.Live.Web.Realtime;

/// <summary>One observer per child with viewers on this node (the child page), never one per connection.</summary>
public sealed class ChildObserverRegistry(
    IGrainFactory grains,
    IHubContext<LiveHub, ILiveClient> hub,
    ClusterConnectionWatch cluster,
    ILogger<ChildObserverRegistry> logger) : LocalObserverRegistry<IChildObserver>(grains, cluster, logger)
{
    public static string Group(Guid childId) => $"child:{childId}";

    protected override IChildObserver CreateForwarder(string childId) => new ChildForwarder(hub);

    protected override Task SubscribeAsync(string childId, IChildObserver reference) =>
        Grains.GetGrain<IChildGrain>(Guid.Parse(childId)).SubscribeAsync(reference);

    protected override Task UnsubscribeAsync(string childId, IChildObserver reference) =>
        Grains.GetGrain<IChildGrain>(Guid.Parse(childId)).UnsubscribeAsync(reference);
}
