using System.Diagnostics;
using Azure.Data.Tables;
using BackaBarnet.Live.GrainInterfaces.Notifications;
using BackaBarnet.Live.GrainInterfaces.Professionals;
using BackaBarnet.Live.Grains.Professionals;
using BackaBarnet.Live.TestSupport;
using Xunit.Abstractions;

namespace BackaBarnet.Live.Grains.Tests.Notifications;

/// <summary>A busy inbox keeps a small live state: older read notifications are in the archive table, and still read, once each.</summary>
[Collection(ClockCollection.Name)]
public sealed class BoundedInboxTests(ClockClusterFixture fixture, ITestOutputHelper output)
{
    private const int Notifications = 10_000;

    /// <summary>Every this many, one is left unread: unread notifications always stay live.</summary>
    private const int LeftUnreadEvery = 1_000;

    /// <summary>The README's bound for the inbox: the stored state row stays under 64 KiB (the cap is 960 KiB).</summary>
    private const int StateBound = 64 * 1024;

    [Fact]
    public async Task TenThousandNotificationsKeepTheStoredInboxUnderItsBoundAndEveryReadStillAnswers()
    {
        var professionalId = Children.Children.NewProfessionalId("inkorg");
        var inbox = fixture.Grains.GetGrain<IProfessionalGrain>(professionalId);
        var start = FakeClockConfigurator.Clock.GetUtcNow();
        var sent = new List<Notification>(Notifications);
        var largest = 0;
        var watch = Stopwatch.StartNew();

        for (var i = 1; i <= Notifications; i++)
        {
            var notice = Notice(start.AddMilliseconds(i), i);
            sent.Add(notice);
            await inbox.DeliverAsync(notice);
            if (i % LeftUnreadEvery != 0)
            {
                await inbox.MarkReadAsync(notice.NotificationId);
            }

            if (i % 1_000 == 0)
            {
                largest = Math.Max(largest, await StoredBytesAsync(professionalId));
            }
        }

        var driven = watch.Elapsed;
        var before = await inbox.GetInboxAsync();

        // Late redeliveries: one archived long ago (found by the table's point read), one archived
        // a moment ago (found in the recent ids), and one genuinely new with an old time (stored).
        await inbox.DeliverAsync(sent[4]);
        await inbox.DeliverAsync(sent[Notifications - 2 * ProfessionalGrain.ReadLiveMax]);
        var lateButNew = Notice(start.AddMilliseconds(5.5), 0);
        await inbox.DeliverAsync(lateButNew);

        var view = await inbox.GetInboxAsync();
        var archived = await ReadWholeArchiveAsync(inbox);
        largest = Math.Max(largest, await StoredBytesAsync(professionalId));
        output.WriteLine(
            $"{Notifications} notifications delivered and read in {driven.TotalSeconds:F0} s; largest stored state {largest} bytes (bound {StateBound}); " +
            $"live {view.Items.Count} ({view.Unread} unread), archived {view.Archived}; archive read back in {archived.Pages} pages: {archived.Items.Count} notifications");

        Assert.InRange(largest, 1, StateBound);
        Assert.Equal(before.Archived, view.Archived);
        Assert.Equal(before.Items.Count + 1, view.Items.Count);
        Assert.Equal(Notifications / LeftUnreadEvery + 1, view.Unread);
        Assert.Equal(Notifications + 1, view.Items.Count + view.Archived);
        Assert.Equal(lateButNew.NotificationId, view.Items[0].NotificationId);
        Assert.All(sent.Where((_, i) => (i + 1) % LeftUnreadEvery == 0), n => Assert.Contains(view.Items, live => live.NotificationId == n.NotificationId));

        // The archive in order, newest first, each notification once, with what was stored.
        Assert.Equal(view.Archived, archived.Items.Count);
        Assert.Equal(archived.Items.OrderByDescending(n => n.At).Select(n => n.NotificationId), archived.Items.Select(n => n.NotificationId));
        var everyId = view.Items.Concat(archived.Items).Select(n => n.NotificationId).ToList();
        Assert.Equal(everyId.Count, everyId.Distinct().Count());
        Assert.Equal(sent.Select(n => n.NotificationId).Append(lateButNew.NotificationId).Order(), everyId.Order());
        var oldest = archived.Items[^1];
        Assert.Equal(sent[0] with { ReadAt = oldest.ReadAt }, oldest);
        Assert.NotNull(oldest.ReadAt);
    }

    private static Notification Notice(DateTimeOffset at, int number) =>
        new(Guid.NewGuid(), NotificationKind.ActionAssigned, $"Ny insats för Barn {number}: Samtal med mentor", Guid.NewGuid(), $"Barn {number}",
            Guid.NewGuid(), "barnteam", at, $"/child.html?id={Guid.NewGuid()}");

    private static async Task<(List<Notification> Items, int Pages)> ReadWholeArchiveAsync(IProfessionalGrain inbox)
    {
        var items = new List<Notification>();
        var pages = 0;
        string? cursor = null;
        do
        {
            var page = await inbox.GetArchivedInboxAsync(cursor, ArchivedInboxPage.MaxTake);
            items.AddRange(page.Items);
            cursor = page.Next;
            pages++;
        }
        while (cursor is not null);

        return (items, pages);
    }

    private Task<int> StoredBytesAsync(string professionalId) =>
        GrainStateRows.StoredBytesAsync(fixture.Cluster.Cluster.Options.ServiceId, GrainId.Create("professional", professionalId), "professional");
}
