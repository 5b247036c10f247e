using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using BackaBarnet.Live.GrainInterfaces.Notifications;
using BackaBarnet.Live.GrainInterfaces.Sessions;
using BackaBarnet.Live.TestSupport;
using Ical.Net;
using Microsoft.AspNetCore.SignalR.Client;

namespace BackaBarnet.Live.Web.Tests.Mail;

/// <summary>
/// Reschedule and cancel: every invitee is told live and gets an e-mail whose calendar object
/// parses, keeps the invitation's UID, carries the new time, and cancels on a cancellation.
/// </summary>
[Collection(MailSystemCollection.Name)]
public sealed class MeetingLogisticsTests(MailSystem system)
{
    private static readonly TimeSpan MailWait = TimeSpan.FromSeconds(30);
    private const string Invitee = "sara-soc";
    private const string InviteeEmail = "sara-soc@backa.example";

    [Fact]
    public async Task RescheduleAndCancelReachInviteesLiveAndAsCalendarUpdatesOfTheSameMeeting()
    {
        using var convener = await system.SignInAsync(Meetings.Convener);
        using var invitee = await system.SignInAsync(Invitee);
        await using var tab = await invitee.ConnectAsync();
        var live = new ConcurrentQueue<Notification>();
        tab.On<Notification, int>("Notification", (n, _) => live.Enqueue(n));
        var (sessionId, _) = await Meetings.OpenAsync(convener, open: false);

        var invitation = await CalendarOfAsync(NotificationIds.For("invitation", sessionId));
        Assert.Equal("REQUEST", invitation.Method);
        var uid = Assert.Single(invitation.Events).Uid;
        Assert.Contains(sessionId.ToString("N"), uid);
        Assert.Equal(0, invitation.Events[0]!.Sequence);

        var newTime = new DateTimeOffset(DateTime.UtcNow.Date.AddDays(3).AddHours(9), TimeSpan.Zero);
        (await convener.Http.PostAsJsonAsync($"/api/sessions/{sessionId}/reschedule", new { scheduledAt = newTime, videoLink = "https://mote.kommun.example/rum/42" })).EnsureSuccessStatusCode();
        var moved = await LiveNoticeAsync(live, NotificationKind.MeetingRescheduled, sessionId);
        var update = await CalendarOfAsync(moved.NotificationId);
        Assert.Equal("REQUEST", update.Method);
        var updated = Assert.Single(update.Events);
        Assert.Equal((uid, 1), (updated.Uid, updated.Sequence));
        Assert.Equal(newTime.UtcDateTime, updated.Start!.AsUtc);
        Assert.Equal("https://mote.kommun.example/rum/42", updated.Location);

        (await convener.Http.PostAsync($"/api/sessions/{sessionId}/cancel", null)).EnsureSuccessStatusCode();
        var called = await LiveNoticeAsync(live, NotificationKind.MeetingCancelled, sessionId);
        var cancellation = await CalendarOfAsync(called.NotificationId);
        Assert.Equal("CANCEL", cancellation.Method);
        var cancelled = Assert.Single(cancellation.Events);
        Assert.Equal((uid, 2, "CANCELLED"), (cancelled.Uid, cancelled.Sequence, cancelled.Status));

        // The meeting page's download is the same meeting, as it is now.
        var download = Calendar.Load(await invitee.Http.GetStringAsync($"/api/sessions/{sessionId}/calendar.ics"))!;
        Assert.Equal(("CANCEL", uid), (download.Method, download.Events.Single().Uid));
    }

    [Fact]
    public async Task AVideoLinkThatIsNotHttpsIsRefusedNamingTheFieldAndChangesNothing()
    {
        using var convener = await system.SignInAsync(Meetings.Convener);
        var (sessionId, _) = await Meetings.OpenAsync(convener, open: false);
        var before = await convener.Http.GetFromJsonAsync<SessionSnapshot>($"/api/sessions/{sessionId}", Json.Options);

        var refused = await convener.Http.PostAsJsonAsync($"/api/sessions/{sessionId}/reschedule",
            new { scheduledAt = DateTimeOffset.UtcNow.AddDays(2), videoLink = "http://mote.kommun.example/rum/42" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        Assert.Equal("field.https-link", problem.GetProperty("code").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("videoLink", out _));
        var after = await convener.Http.GetFromJsonAsync<SessionSnapshot>($"/api/sessions/{sessionId}", Json.Options);
        Assert.Equal((before!.ScheduledAt, before.Version, (string?)null), (after!.ScheduledAt, after.Version, after.VideoLink));
    }

    private static Task<Notification> LiveNoticeAsync(ConcurrentQueue<Notification> live, NotificationKind kind, Guid sessionId) =>
        Eventually.ReturnsAsync(() => live.FirstOrDefault(n => n.Kind == kind && n.SessionId == sessionId), TimeSpan.FromSeconds(10), $"the live {kind} notice");

    private async Task<Calendar> CalendarOfAsync(Guid notificationId)
    {
        var mails = await system.Inbox.WaitForAsync(InviteeEmail, m => m.IsFor(notificationId), MailWait, $"the calendar e-mail of {notificationId}");
        var mail = Assert.Single(mails, m => m.IsFor(notificationId));
        var ics = Assert.Single(mail.Attachments ?? [], a => a.ContentType.StartsWith("text/calendar", StringComparison.Ordinal));
        Assert.DoesNotContain("Ivar", mail.Subject + mail.Text);
        return Calendar.Load(await system.Inbox.AttachmentTextAsync(mail, ics))!;
    }
}
