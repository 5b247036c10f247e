using System.Collections.Concurrent;
using System.Threading.Channels;
using BackaBarnet.Live.GrainInterfaces.Notifications;
using BackaBarnet.Live.GrainInterfaces.Professionals;

namespace BackaBarnet.Live.Grains.Tests.Cluster;

/// <summary>Stands in for a web node: records what the professional grain pushes.</summary>
public sealed class RecordingObserver : IProfessionalObserver
{
    private readonly Channel<ConcernAlert> alerts = Channel.CreateUnbounded<ConcernAlert>();

    public ConcurrentQueue<(Notification Notification, int Unread)> Notifications { get; } = new();

    public ConcurrentQueue<int> UnreadCounts { get; } = new();

    public Task OnConcernRaisedAsync(ConcernAlert alert)
    {
        alerts.Writer.TryWrite(alert);
        return Task.CompletedTask;
    }

    public Task OnNotificationAsync(Notification notification, int unread)
    {
        Notifications.Enqueue((notification, unread));
        return Task.CompletedTask;
    }

    public Task OnUnreadCountChangedAsync(int unread)
    {
        UnreadCounts.Enqueue(unread);
        return Task.CompletedTask;
    }

    public async Task<ConcernAlert> NextAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        return await alerts.Reader.ReadAsync(cancel.Token);
    }
}
