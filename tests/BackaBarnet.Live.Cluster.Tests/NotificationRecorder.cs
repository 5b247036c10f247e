using System.Collections.Concurrent;
using BackaBarnet.Live.GrainInterfaces.Notifications;
using BackaBarnet.Live.TestSupport;
using Microsoft.AspNetCore.SignalR.Client;

namespace BackaBarnet.Live.Cluster.Tests;

/// <summary>A professional's open tab on one web node, recording the inbox notifications pushed to it.</summary>
public sealed class NotificationRecorder : IAsyncDisposable
{
    private readonly ConcurrentQueue<Notification> received = new();
    private readonly HubConnection connection;

    private NotificationRecorder(HubConnection connection) => this.connection = connection;

    public static async Task<NotificationRecorder> ConnectAsync(SignedIn professional, WebNode node)
    {
        var recorder = new NotificationRecorder(professional.BuildConnection(node.Address));
        recorder.connection.On<Notification, int>("Notification", (n, _) => recorder.received.Enqueue(n));
        await recorder.connection.StartAsync();
        return recorder;
    }

    public Task<Notification> WaitForAsync(Func<Notification, bool> match, TimeSpan timeout) =>
        Eventually.ReturnsAsync(() => received.FirstOrDefault(match), timeout, "the expected notification");

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}
