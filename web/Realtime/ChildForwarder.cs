using BackaBarnet.Live.GrainInterfaces.Children;
using Microsoft.AspNetCore.SignalR;

namespace BackaBarnet.Live.Web.Realtime;

/// <summary>This node's observer of one child: tells every local viewer of the child page the new version.</summary>
internal sealed class ChildForwarder(IHubContext<LiveHub, ILiveClient> hub) : IChildObserver
{
    public Task OnChildChangedAsync(Guid childId, long version) =>
        hub.Clients.Group(ChildObserverRegistry.Group(childId)).ChildChanged(childId, version);
}
