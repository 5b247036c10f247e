namespace BackaBarnet.Live.Web.Realtime;

/// <summary>
/// Keeps exactly one grain observer per grain key that has at least one connection on this node
/// (a professional however many tabs they have; a meeting however many participants are here),
/// and renews each subscription before its lease lapses. Renewal also re-creates a subscription a
/// grain lost (a silo restart, a deactivation).
/// </summary>
public abstract partial class LocalObserverRegistry<TObserver>(IGrainFactory grains, ILogger logger) : BackgroundService
    where TObserver : class, IGrainObserver
{
    private readonly Dictionary<string, Subscription> subscriptions = [];
    private readonly SemaphoreSlim gate = new(1, 1);

    protected IGrainFactory Grains { get; } = grains;

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
            Grains.DeleteObjectReference<TObserver>(ended.Reference);
            await UnsubscribeAsync(key, ended.Reference);
            if (ended.Forwarder is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync();
            }
        }
    }

    protected abstract TObserver CreateForwarder(string key);

    protected abstract Task SubscribeAsync(string key, TObserver reference);

    protected abstract Task UnsubscribeAsync(string key, TObserver reference);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(GrainInterfaces.Professionals.ObserverLease.RenewEvery);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await RenewAllAsync();
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

        foreach (var (key, subscription) in current)
        {
            try
            {
                await SubscribeAsync(key, subscription.Reference);
            }
            catch (Exception e)
            {
                // One failed renewal must not stop the others; the lease outlives several periods.
                LogRenewalFailed(e, typeof(TObserver).Name, key);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Renewing the {Observer} subscription for {Key} failed; retrying next period.")]
    private partial void LogRenewalFailed(Exception exception, string observer, string key);

    private sealed class Subscription(TObserver forwarder, TObserver reference)
    {
        public TObserver Forwarder { get; } = forwarder;

        public TObserver Reference { get; } = reference;

        public int Connections { get; set; }
    }
}
