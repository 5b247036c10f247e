using BackaBarnet.Live.GrainInterfaces.Sessions;
using BackaBarnet.Live.Web.Operations;
using Microsoft.AspNetCore.SignalR;

namespace BackaBarnet.Live.Web.Realtime;

/// <summary>One observer per meeting with participants on this node, forwarding its events to the meeting's group.</summary>
public sealed class SessionObserverRegistry(
    IGrainFactory grains,
    IHubContext<LiveHub, ILiveClient> hub,
    IHubContext<Family.FamilyHub, Family.IFamilyClient> family,
    ClusterConnectionWatch cluster,
    ILogger<SessionObserverRegistry> logger) : LocalObserverRegistry<ISessionObserver>(grains, cluster, logger)
{
    /// <summary>How long an acknowledged edit's event may take to reach this node's observer before the subscription is renewed.</summary>
    private static readonly TimeSpan DeliveryGrace = TimeSpan.FromSeconds(1);

    public static string Group(Guid sessionId) => $"session:{sessionId}";

    /// <summary>One participant's connections in one meeting, for what only they may (or may not) see.</summary>
    public static string ParticipantGroup(Guid sessionId, string participantId) => $"session:{sessionId}:{participantId}";

    /// <summary>
    /// An edit through this node was acknowledged at <paramref name="version"/>. If its event does
    /// not reach this node's observer soon, the meeting reactivated on another silo without our
    /// subscription: renew it at once rather than at the next renewal round.
    /// </summary>
    public void Acknowledged(Guid sessionId, long version) =>
        _ = Task.Delay(DeliveryGrace).ContinueWith(
            _ => RenewNowAsync(sessionId.ToString(), forwarder => ((SessionEventForwarder)forwarder).LastVersion < version),
            TaskScheduler.Default).Unwrap();

    protected override ISessionObserver CreateForwarder(string sessionId) => new SessionEventForwarder(Guid.Parse(sessionId), hub, family, logger);

    protected override Task SubscribeAsync(string sessionId, ISessionObserver reference) =>
        Grains.GetGrain<ITeamSessionGrain>(Guid.Parse(sessionId)).SubscribeAsync(reference);

    protected override Task UnsubscribeAsync(string sessionId, ISessionObserver reference) =>
        Grains.GetGrain<ITeamSessionGrain>(Guid.Parse(sessionId)).UnsubscribeAsync(reference);
}
