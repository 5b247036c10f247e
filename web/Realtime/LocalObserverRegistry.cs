using BackaBarnet.Live.Web.Operations;

namespace BackaBarnet.Live.Web.Realtime;

/// <summary>
/// Keeps exactly one grain observer per grain key that has at least one connection on this node
/// (a professional however many tabs they have; a meeting however many participants are here),
/// and renews each subscription before its lease lapses. Renewal also re-creates a subscription a
/// grain lost (a silo restart, a deactivation): every second for a while after this node's
/// gateways changed (a silo left or joined), otherwise every <c>ObserverLease.RenewEvery</c>.
/// </summary>
public abstract partial class LocalObserverRegistry<TObserver> : BackgroundService
    where TObserver : class, IGrainObserver
{
    /// <summary>After a silo left or joined, renew this often for a while: the grains it hosted reactivate elsewhere without their observers.</summary>
    private static readonly TimeSpan RenewAfterChangeEvery = TimeSpan.FromSeconds(1);

    /// <summary>Long enough to outlast Orleans declaring a killed silo dead with the default failure detection.</summary>
    private static readonly TimeSpan RenewAfterChangeFor = TimeSpan.FromSeconds(45);

    /// <summary>A renewal stuck on an unreachable silo must not hold up the next round.</summary>
    private static readonly TimeSpan RenewalTimeout = TimeSpan.FromSeconds(5);

    private readonly Dictionary<string, Subscription> subscriptions = [];
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly SemaphoreSlim clusterChanged = new(0, 1);
    private readonly ILogger logger;
    private long renewFastUntilTicks;

    protected LocalObserverRegistry(IGrainFactory grains, ClusterConnectionWatch cluster, ILogger logger)
    {
        Grains = grains;
        this.logger = logger;
        cluster.Changed += OnClusterChanged;
    }

    protected IGrainFactory Grains { get; }

    public async Task ConnectedAsync(string key)
    {
        await gate.WaitAsync();
        try
        {
            if (!subscriptions.TryGetValue(key, out var subscription))
            {
                // The forwarder must stay referenced here: Orleans holds observers weakly.
                var forwarder = CreateForwarder(key);
                subscription = new Subscription(forwarder, Grains.CreateObjectReference<TObserver>(forwarder));
                await SubscribeAsync(key, subscription.Reference);
                subscriptions[key] = subscription;
            }

            subscription.Connections++;
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task DisconnectedAsync(string key)
    {
        Subscription? ended = null;
        await gate.WaitAsync();
        try
        {
            if (subscriptions.TryGetValue(key, out var subscription) && --subscription.Connections == 0)
            {
                subscriptions.Remove(key);
                ended = subscription;
            }
        }
        finally
        {
            gate.Release();
        }

        if (ended is not null)
        {
            // The grain stops sending first: deleted first, the reference met the grain's last
            // events (a participant leaving) as errors ("unexpected target grain").
            try
            {
                await UnsubscribeAsync(key, ended.Reference);
            }
            finally
            {
                Grains.DeleteObjectReference<TObserver>(ended.Reference);
                if (ended.Forwarder is IAsyncDisposable disposable)
                {
                    await disposable.DisposeAsync();
                }
            }
        }
    }

    /// <summary>
    /// Renews one subscription now, if this node still has it. For when there is a sign that the
    /// grain lost it (it reactivated elsewhere) before any renewal round would notice.
    /// </summary>
    protected async Task RenewNowAsync(string key, Func<TObserver, bool> stillNeeded)
    {
        Subscription? subscription;
        await gate.WaitAsync();
        try
        {
            subscriptions.TryGetValue(key, out subscription);
        }
        finally
        {
            gate.Release();
        }

        if (subscription is null || !stillNeeded(subscription.Forwarder))
        {
            return;
        }

        try
        {
            LogRenewingNow(typeof(TObserver).Name, key);
            await SubscribeAsync(key, subscription.Reference).WaitAsync(RenewalTimeout);
        }
        catch (Exception e)
        {
            LogRenewalFailed(e, typeof(TObserver).Name, key);
        }
    }

    protected abstract TObserver CreateForwarder(string key);

    protected abstract Task SubscribeAsync(string key, TObserver reference);

    protected abstract Task UnsubscribeAsync(string key, TObserver reference);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = DateTime.UtcNow.Ticks < Interlocked.Read(ref renewFastUntilTicks) ? RenewAfterChangeEvery : GrainInterfaces.Professionals.ObserverLease.RenewEvery;
            try
            {
                await clusterChanged.WaitAsync(wait, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            await RenewAllAsync();
        }
    }

    private void OnClusterChanged()
    {
        // Called on Orleans' threads; the renewal loop reads it on its own.
        Interlocked.Exchange(ref renewFastUntilTicks, (DateTime.UtcNow + RenewAfterChangeFor).Ticks);
        if (clusterChanged.CurrentCount == 0)
        {
            try
            {
                clusterChanged.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another change signalled at the same moment; one wake-up is enough.
            }
        }
    }

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

        // Concurrently, each with a time limit: one grain on a silo that just died must not
        // delay the others, nor the next round.
        await Task.WhenAll(current.Select(async entry =>
        {
            try
            {
                await SubscribeAsync(entry.Key, entry.Value.Reference).WaitAsync(RenewalTimeout);
            }
            catch (Exception e)
            {
                // One failed renewal must not stop the others; the lease outlives several periods.
                LogRenewalFailed(e, typeof(TObserver).Name, entry.Key);
            }
        }));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The {Observer} subscription for {Key} looks lost (its grain moved?); renewing it now.")]
    private partial void LogRenewingNow(string observer, string key);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Renewing the {Observer} subscription for {Key} failed; retrying next period.")]
    private partial void LogRenewalFailed(Exception exception, string observer, string key);

    private sealed class Subscription(TObserver forwarder, TObserver reference)
    {
        public TObserver Forwarder { get; } = forwarder;

        public TObserver Reference { get; } = reference;

        public int Connections { get; set; }
    }
}
