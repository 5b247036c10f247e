using System.Collections.Concurrent;
using System.Net.Http.Json;
using BackaBarnet.Live.GrainInterfaces.Notifications;
using BackaBarnet.Live.TestSupport;
using Microsoft.AspNetCore.SignalR.Client;

namespace BackaBarnet.Live.Web.Tests;

[Collection(LiveSystemCollection.Name)]
public sealed class NotificationDeliveryTests(LiveSystem system)
{
    [Fact]
    public async Task AConcernReachesTwoTabsOnTwoWebNodesWithTheSameUnreadCount()
    {
        var secondNode = await system.StartWebNodeAsync();
        using var principal = await system.SignInAsync("maria-forskola");
        using var police = await system.SignInAsync("johan-polis");
        var child = await principal.RegisterChildAsync("Lova", "maria-forskola");
        await principal.Http.PostAsync("/api/me/inbox/read-all", null);
        await using var tabOnFirst = await principal.ConnectAsync();
        await using var tabOnSecond = await principal.ConnectAsync(secondNode);
        var first = Record(tabOnFirst);
        var second = Record(tabOnSecond);

        var raised = await police.RaiseConcernAsync(child.ChildId, "Lova sågs ensam sent", "Safe");

        var onFirst = await WaitForAsync(first, raised.ConcernId);
        var onSecond = await WaitForAsync(second, raised.ConcernId);
        Assert.Equal(onFirst.Unread, onSecond.Unread);
        Assert.Equal(1, onFirst.Unread);
        Assert.Equal((NotificationKind.ConcernRaised, child.ChildId, "Lova"), (onFirst.Notification.Kind, onFirst.Notification.ChildId, onFirst.Notification.ChildDisplayName));
    }

    [Fact]
    public async Task ConcernsRaisedWhileOfflineArePushedOnConnectInOrderAndOnce()
    {
        using var nurse = await system.SignInAsync("lena-barnmorska");
        using var social = await system.SignInAsync("sara-soc");
        var child = await nurse.RegisterChildAsync("Mio", "lena-barnmorska");
        await nurse.Http.PostAsync("/api/me/inbox/read-all", null);
        var raised = new List<Guid>();
        foreach (var text in new[] { "Första", "Andra", "Tredje" })
        {
            raised.Add((await social.RaiseConcernAsync(child.ChildId, text, "CaredFor")).ConcernId);
        }

        var connection = nurse.BuildConnection();
        var received = Record(connection);
        await connection.StartAsync();
        await WaitForAsync(received, raised[^1]);
        // One more, raised now: once it arrives, any repeat of the earlier pushes would have too.
        var marker = (await social.RaiseConcernAsync(child.ChildId, "Fjärde", "CaredFor")).ConcernId;
        await WaitForAsync(received, marker);

        Assert.Equal([.. raised, marker], received.Select(r => r.Notification.NotificationId).Where(id => raised.Contains(id) || id == marker));
        var inbox = await nurse.Http.GetFromJsonAsync<InboxView>("/api/me/inbox", Json.Options);
        Assert.Equal(4, inbox!.Unread);
        await connection.DisposeAsync();
    }

    [Fact]
    public async Task MarkingReadInOneTabUpdatesTheCountInTheOther()
    {
        using var principal = await system.SignInAsync("erik-rektor");
        var child = await principal.RegisterChildAsync("Nils", "erik-rektor");
        await principal.Http.PostAsync("/api/me/inbox/read-all", null);
        await using var tab = await principal.ConnectAsync();
        var counts = new ConcurrentQueue<int>();
        tab.On<int>("UnreadCount", counts.Enqueue);
        var raised = await principal.RaiseConcernAsync(child.ChildId, "Trött", "Healthy");

        var read = await principal.Http.PostAsync($"/api/me/inbox/{raised.ConcernId}/read", null);

        Assert.Equal(0, (await read.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("unread").GetInt32());
        await Eventually.HoldsAsync(() => !counts.IsEmpty, TimeSpan.FromSeconds(5), "the other tab's unread count");
        Assert.Equal([0], counts);
    }

    private static ConcurrentQueue<(Notification Notification, int Unread)> Record(HubConnection connection)
    {
        var received = new ConcurrentQueue<(Notification, int)>();
        connection.On<Notification, int>("Notification", (n, unread) => received.Enqueue((n, unread)));
        return received;
    }

    private static Task<(Notification Notification, int Unread)> WaitForAsync(ConcurrentQueue<(Notification Notification, int Unread)> received, Guid id) =>
        Eventually.ReturnsAsync(
            () => Task.FromResult(received.FirstOrDefault(r => r.Notification.NotificationId == id) is { Notification: not null } found ? found : ((Notification, int)?)null),
            TimeSpan.FromSeconds(5),
            $"notification {id}");
}
