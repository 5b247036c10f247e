using BackaBarnet.Live.GrainInterfaces.Professionals;
using Microsoft.AspNetCore.SignalR;

namespace BackaBarnet.Live.Web.Realtime;

/// <summary>
/// Keeps exactly one grain observer per professional who has at least one connection on this
/// node, however many tabs they have open, and renews each subscription before it lapses.
/// </summary>
public sealed partial class ProfessionalObserverRegistry(
    IGrainFactory grains,
    IHubContext<LiveHub, ILiveClient> hub,
    ILogger<ProfessionalObserverRegistry> logger) : BackgroundService
{
    private readonly Dictionary<string, Subscription> subscriptions = [];
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task ConnectedAsync(string professionalId)
    {
        await gate.WaitAsync();
        try
        {
            if (!subscriptions.TryGetValue(professionalId, out var subscription))
            {
                // The forwarder must stay referenced here: Orleans holds observers weakly.
                var forwarder = new ConcernAlertForwarder(professionalId, hub);
                subscription = new Subscription(forwarder, grains.CreateObjectReference<IProfessionalObserver>(forwarder));
                await grains.GetGrain<IProfessionalGrain>(professionalId).SubscribeAsync(subscription.Reference);
                subscriptions[professionalId] = subscription;
            }

            subscription.Connections++;
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task DisconnectedAsync(string professionalId)
    {
        Subscription? ended = null;
        await gate.WaitAsync();
        try
        {
            if (subscriptions.TryGetValue(professionalId, out var subscription) && --subscription.Connections == 0)
            {
                subscriptions.Remove(professionalId);
                ended = subscription;
            }
        }
        finally
        {
            gate.Release();
        }

        if (ended is not null)
        {
            grains.DeleteObjectReference<IProfessionalObserver>(ended.Reference);
            await grains.GetGrain<IProfessionalGrain>(professionalId).UnsubscribeAsync(ended.Reference);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(ObserverLease.RenewEvery);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await RenewAllAsync();
        }
    }

    /// <summary>
    /// Renewal also re-creates a subscription a grain lost (a silo restart, a deactivation), so
    /// pushes resume within one renewal period; what was sent meanwhile waits in the inbox.
    /// </summary>
    private async Task RenewAllAsync()
    {
        KeyValuePair<string, Subscription>[] current;
        await gate.WaitAsync();
        try
        {
            current = [.. subscriptions];
        }
        finally
        {
            gate.Release();
        }

        foreach (var (professionalId, subscription) in current)
        {
            try
            {
                await grains.GetGrain<IProfessionalGrain>(professionalId).SubscribeAsync(subscription.Reference);
            }
            catch (Exception e)
            {
                // One failed renewal must not stop the others; the lease outlives several periods.
                LogRenewalFailed(e, professionalId);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Renewing the alert subscription of {ProfessionalId} failed; retrying next period.")]
    private partial void LogRenewalFailed(Exception exception, string professionalId);

    private sealed class Subscription(IProfessionalObserver forwarder, IProfessionalObserver reference)
    {
        public IProfessionalObserver Forwarder { get; } = forwarder;

        public IProfessionalObserver Reference { get; } = reference;

        public int Connections { get; set; }
    }
}
