using BackaBarnet.Live.GrainInterfaces.Sessions;
using BackaBarnet.Live.Web.Operations;
using Microsoft.AspNetCore.SignalR;

namespace BackaBarnet.Live.Web.Realtime;

/// <summary>One observer per meeting with participants on this node, forwarding its events to the meeting's group.</summary>
public sealed class SessionObserverRegistry(
    IGrainFactory grains,
    IHubContext<LiveHub, ILiveClient> hub,
    ClusterConnectionWatch cluster,
    ILogger<SessionObserverRegistry> logger) : LocalObserverRegistry<ISessionObserver>(grains, cluster, logger)
{
    public static string Group(Guid sessionId) => $"session:{sessionId}";

    protected override ISessionObserver CreateForwarder(string sessionId) => new SessionEventForwarder(Guid.Parse(sessionId), hub, logger);

    protected override Task SubscribeAsync(string sessionId, ISessionObserver reference) =>
        Grains.GetGrain<ITeamSessionGrain>(Guid.Parse(sessionId)).SubscribeAsync(reference);

    protected override Task UnsubscribeAsync(string sessionId, ISessionObserver reference) =>
        Grains.GetGrain<ITeamSessionGrain>(Guid.Parse(sessionId)).UnsubscribeAsync(reference);
}
