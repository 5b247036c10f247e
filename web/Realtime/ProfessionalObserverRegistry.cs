using BackaBarnet.Live.GrainInterfaces.Professionals;
using BackaBarnet.Live.Web.Operations;
using Microsoft.AspNetCore.SignalR;

namespace BackaBarnet.Live.Web.Realtime;

/// <summary>One observer per professional connected to this node, forwarding their concern alerts.</summary>
public sealed class ProfessionalObserverRegistry(
    IGrainFactory grains,
    IHubContext<LiveHub, ILiveClient> hub,
    ClusterConnectionWatch cluster,
    ILogger<ProfessionalObserverRegistry> logger) : LocalObserverRegistry<IProfessionalObserver>(grains, cluster, logger)
{
    protected override IProfessionalObserver CreateForwarder(string professionalId) => new ProfessionalForwarder(professionalId, hub);

    protected override Task SubscribeAsync(string professionalId, IProfessionalObserver reference) =>
        Grains.GetGrain<IProfessionalGrain>(professionalId).SubscribeAsync(reference);

    protected override Task UnsubscribeAsync(string professionalId, IProfessionalObserver reference) =>
        Grains.GetGrain<IProfessionalGrain>(professionalId).UnsubscribeAsync(reference);
}
