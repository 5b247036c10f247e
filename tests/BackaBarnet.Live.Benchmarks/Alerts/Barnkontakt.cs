using BackaBarnet.Live.Benchmarks.Delivery;
using BackaBarnet.Live.GrainInterfaces.Notifications;
using BackaBarnet.Live.TestSupport;
using Microsoft.AspNetCore.SignalR.Client;

namespace BackaBarnet.Live.Benchmarks.Alerts;

/// <summary>
/// One barnkontakt with one child: the concerns raised about the child (and when), and what their
/// live connection received: ConcernRaised pushes, and the inbox Notifications pushed on connect.
/// </summary>
public sealed class Barnkontakt(SignedIn professional, Guid childId) : IAsyncDisposable
{
    private readonly List<(Guid ConcernId, long SentAt)> raised = [];
    private HubConnection? connection;

    public SignedIn Professional { get; } = professional;

    public Guid ChildId { get; } = childId;

    public Arrivals<Guid> Alerts { get; private set; } = new();

    public Arrivals<Guid> Notifications { get; private set; } = new();

    public bool Online => connection is not null;

    public IReadOnlyList<(Guid ConcernId, long SentAt)> Raised
    {
        get
        {
            lock (raised)
            {
                return raised.ToArray();
            }
        }
    }

    public void RecordRaised(Guid concernId, long sentAt)
    {
        lock (raised)
        {
            raised.Add((concernId, sentAt));
        }
    }

    /// <summary>Connects with fresh records: what arrives from now on, including the inbox catch-up.</summary>
    public async Task ConnectAsync()
    {
        Alerts = new();
        Notifications = new();
        var alerts = Alerts;
        var notifications = Notifications;
        connection = Professional.BuildConnection();
        connection.On<ReceivedAlert>("ConcernRaised", alert => alerts.Record(alert.Concern.ConcernId));
        connection.On<Notification, int>("Notification", (notification, _) => notifications.Record(notification.NotificationId));
        await connection.StartAsync();
    }

    public async Task DisconnectAsync()
    {
        if (connection is not null)
        {
            await connection.DisposeAsync();
            connection = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await DisconnectAsync();
        Professional.Dispose();
    }

    /// <summary>What the load generator reads of a pushed alert (product and peer send more): the concern's id.</summary>
    private sealed record ReceivedAlert(ReceivedConcern Concern);

    private sealed record ReceivedConcern(Guid ConcernId);
}
