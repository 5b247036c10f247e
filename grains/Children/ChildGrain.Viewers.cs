using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Professionals;
using Orleans.Utilities;

namespace BackaBarnet.Live.Grains.Children;

/// <summary>
/// The child page is live: one observer per web node with viewers of this child, told the new
/// version after every stored change (the same lease and renewal as meetings and inboxes).
/// </summary>
internal sealed partial class ChildGrain
{
    private ObserverManager<IChildObserver>? viewers;

    private ObserverManager<IChildObserver> Viewers => viewers ??= new(ObserverLease.Lifetime, logger);

    public Task SubscribeAsync(IChildObserver observer)
    {
        Viewers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task UnsubscribeAsync(IChildObserver observer)
    {
        Viewers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    /// <summary>After the write; the calls are one-way, so a slow web node never holds up the record.</summary>
    private Task TellViewersAsync()
    {
        var version = state.State.Version;
        return viewers is { Count: > 0 } ? viewers.Notify(o => o.OnChildChangedAsync(ChildId, version)) : Task.CompletedTask;
    }
}
