using BackaBarnet.Live.GrainInterfaces.Sessions;
using Microsoft.AspNetCore.SignalR;

namespace BackaBarnet.Live.Web.Realtime;

/// <summary>This node's observer of one meeting: one SignalR group send reaches every local participant.</summary>
internal sealed class SessionEventForwarder(IHubContext<LiveHub, ILiveClient> hub) : ISessionObserver
{
    public Task OnSessionEventAsync(Guid sessionId, SessionEvent sessionEvent) =>
        hub.Clients.Group(SessionObserverRegistry.Group(sessionId)).SessionEvent(sessionId, sessionEvent);
}
