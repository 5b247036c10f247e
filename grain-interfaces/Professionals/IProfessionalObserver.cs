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

    [OneWay]
    [Alias("OnNotification")]
    Task OnNotificationAsync(Notifications.Notification notification, int unread);

    /// <summary>Another tab read something: every tab shows the same unread count.</summary>
    [OneWay]
    [Alias("OnUnreadCountChanged")]
    Task OnUnreadCountChangedAsync(int unread);
}
