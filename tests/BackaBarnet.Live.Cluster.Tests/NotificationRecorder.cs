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

    public async Task<Notification> WaitForAsync(Func<Notification, bool> match, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (received.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"The expected notification did not arrive within {timeout}; got {received.Count} others.");
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}
