using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Contacts;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Notifications;
using BackaBarnet.Live.GrainInterfaces.Professionals;
using BackaBarnet.Live.Grains.Tests.Cluster;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Grains.Tests.Notifications;

[Collection(ClockCollection.Name)]
public sealed class InboxTests(ClockClusterFixture fixture)
{
    private static Notification Notice(Guid id, DateTimeOffset at) =>
        new(id, NotificationKind.MeetingInvitation, "Kallelse", null, null, Guid.NewGuid(), "erik-rektor", at, "/");

    [Fact]
    public async Task TheSameNotificationDeliveredTwiceIsStoredAndPushedAsOne()
    {
        var inbox = fixture.Grains.GetGrain<IProfessionalGrain>(Children.Children.NewProfessionalId("inbox"));
        var observer = new RecordingObserver();
        await inbox.SubscribeAsync(fixture.Grains.CreateObjectReference<IProfessionalObserver>(observer));
        var notice = Notice(Guid.NewGuid(), FakeClockConfigurator.Clock.GetUtcNow());

        await inbox.DeliverAsync(notice);
        await inbox.DeliverAsync(notice);

        var view = await inbox.GetInboxAsync();
        Assert.Equal(1, view.Unread);
        Assert.Single(view.Items);
        // A later notification is pushed with two unread. Delivery is at least once, so a repeat may
        // be pushed again: as the same notification with one unread, never as a second one. (Pushes
        // are one-way calls and may arrive in any order, so the order is not asserted.)
        var marker = Notice(Guid.NewGuid(), FakeClockConfigurator.Clock.GetUtcNow());
        await inbox.DeliverAsync(marker);
        await WaitForAsync(observer, marker);
        var pushes = observer.Notifications.Select(n => (n.Notification.NotificationId, n.Unread)).ToArray();
        Assert.Contains((marker.NotificationId, 2), pushes);
        Assert.Contains((notice.NotificationId, 1), pushes);
        Assert.All(pushes, push => Assert.True(push == (notice.NotificationId, 1) || push == (marker.NotificationId, 2), $"unexpected push {push}"));
        GC.KeepAlive(observer);
    }

    [Fact]
    public async Task ReadingUpdatesTheUnreadCountInEveryTabAndReadItemsStayInTheHistory()
    {
        var inbox = fixture.Grains.GetGrain<IProfessionalGrain>(Children.Children.NewProfessionalId("inbox"));
        var observer = new RecordingObserver();
        await inbox.SubscribeAsync(fixture.Grains.CreateObjectReference<IProfessionalObserver>(observer));
        var (first, second, third) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        foreach (var id in new[] { first, second, third })
        {
            await inbox.DeliverAsync(Notice(id, FakeClockConfigurator.Clock.GetUtcNow()));
        }

        Assert.Equal(2, await inbox.MarkReadAsync(second));
        Assert.Equal(2, await inbox.MarkReadAsync(second));
        Assert.Equal(0, await inbox.MarkAllReadAsync());

        var view = await inbox.GetInboxAsync();
        Assert.Equal([third, second, first], view.Items.Select(n => n.NotificationId));
        Assert.All(view.Items, n => Assert.NotNull(n.ReadAt));
        await Eventually.HoldsAsync(() => observer.UnreadCounts.Count >= 2, TimeSpan.FromSeconds(5), "two unread counts pushed");
        Assert.Equal([2, 0], observer.UnreadCounts);
        GC.KeepAlive(observer);
    }

    [Fact]
    public async Task ReadItemsOlderThanTheArchiveAgeLeaveTheListButUnreadOnesStay()
    {
        var inbox = fixture.Grains.GetGrain<IProfessionalGrain>(Children.Children.NewProfessionalId("inbox"));
        var observer = new RecordingObserver();
        var (read, unread) = (Guid.NewGuid(), Guid.NewGuid());
        await inbox.DeliverAsync(Notice(read, FakeClockConfigurator.Clock.GetUtcNow()));
        await inbox.DeliverAsync(Notice(unread, FakeClockConfigurator.Clock.GetUtcNow()));
        await inbox.MarkReadAsync(read);

        FakeClockConfigurator.Clock.Advance(TimeSpan.FromDays(91));
        await inbox.DeliverAsync(Notice(Guid.NewGuid(), FakeClockConfigurator.Clock.GetUtcNow()));
        await inbox.SubscribeAsync(fixture.Grains.CreateObjectReference<IProfessionalObserver>(observer));
        await inbox.DeliverAsync(Notice(read, FakeClockConfigurator.Clock.GetUtcNow().AddDays(-91)));
        var marker = Notice(Guid.NewGuid(), FakeClockConfigurator.Clock.GetUtcNow());
        await inbox.DeliverAsync(marker);
        await WaitForAsync(observer, marker);
        Assert.Equal([marker.NotificationId], observer.Notifications.Select(n => n.Notification.NotificationId));

        var view = await inbox.GetInboxAsync();
        Assert.Equal(1, view.Archived);
        Assert.DoesNotContain(view.Items, n => n.NotificationId == read);
        Assert.Contains(view.Items, n => n.NotificationId == unread);
    }

    [Fact]
    public async Task DuringAHandoverEveryConcernEndsInExactlyOneInboxTheRightOne()
    {
        var nurse = Children.Children.NewProfessionalId("bvc");
        var principal = Children.Children.NewProfessionalId("forskola");
        var (child, _) = await Children.Children.RegisterAsync(fixture.Grains, nurse, ChildContactRole.ChildHealthNurse);
        await child.ProposeHandoverAsync(new NewHandover(principal, ChildContactRole.PreschoolPrincipal, HandoverTrigger.ProposedByContact, "Stöd", "Samtal"), nurse);

        var raising = Enumerable.Range(0, 30).Select(i => child.RaiseConcernAsync(new NewConcern("sara-soc", $"Oro {i}", [NeedsArea.Safe]))).ToList();
        var accepted = child.AcceptHandoverAsync(principal);
        var concerns = await Task.WhenAll(raising);
        await accepted;
        var handedOverAt = (await child.GetChronologyAsync()).Single(e => e.Kind == "HandoverAccepted").Version;

        // The inboxes, not the lists of open alerts: the former barnkontakt's alerts go with the handover.
        var version = concerns.ToDictionary(c => c.ConcernId, c => c.RecordVersion);
        async Task<HashSet<Guid>> ConcernNoticesOf(string professionalId) =>
            (await fixture.Grains.GetGrain<IProfessionalGrain>(professionalId).GetInboxAsync()).Items
                .Where(n => n.Kind == NotificationKind.ConcernRaised).Select(n => n.NotificationId).ToHashSet();
        var toNurse = await ConcernNoticesOf(nurse);
        var toPrincipal = await ConcernNoticesOf(principal);
        Assert.All(concerns, c => Assert.True(toNurse.Contains(c.ConcernId) ^ toPrincipal.Contains(c.ConcernId), $"'{c.Text}' must be in exactly one inbox"));
        Assert.All(toNurse, id => Assert.True(version[id] < handedOverAt, "raised before the handover: the nurse's"));
        Assert.All(toPrincipal, id => Assert.True(version[id] > handedOverAt, "raised after the handover: the principal's"));
        Assert.Contains((await fixture.Grains.GetGrain<IProfessionalGrain>(principal).GetInboxAsync()).Items, n => n.Kind == NotificationKind.HandoverProposed);
    }

    private static Task WaitForAsync(RecordingObserver observer, Notification notification) =>
        Eventually.HoldsAsync(
            () => observer.Notifications.Any(n => n.Notification.NotificationId == notification.NotificationId), TimeSpan.FromSeconds(5), "the marker notification's push");
}
