using Orleans.Concurrency;

namespace BackaBarnet.Live.GrainInterfaces.Professionals;

/// <summary>
/// Implemented by each web node that has this professional connected: one observer per
/// professional per node, not one per browser tab.
/// </summary>
[Alias("bb.IProfessionalObserver")]
public interface IProfessionalObserver : IGrainObserver
{
    // One-way: a slow or vanished web node must never hold up the grain that notifies.
    [OneWay]
    [Alias("OnConcernRaised")]
    Task OnConcernRaisedAsync(ConcernAlert alert);
}
