using BackaBarnet.Live.GrainInterfaces.Directory;
using BackaBarnet.Live.GrainInterfaces.Notifications;
using BackaBarnet.Live.Grains.Hosting;
using BackaBarnet.Live.Grains.Mail;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BackaBarnet.Live.Grains.Professionals;

/// <summary>
/// E-mail notices. A notification the person chose to hear of is queued in the grain's state
/// with the time it may go out (after the configured delay, the digest hour, quiet hours); a
/// durable reminder checks the queue, so a silo restart loses nothing, and each notice leaves the
/// queue when it is sent (or was read first), so none is sent twice. The mail is sent before the
/// queue is written: a crash in between resends it with the same Message-ID rather than lose it.
/// </summary>
internal sealed partial class ProfessionalGrain : IRemindable
{
    private const string NoticeReminder = "email-notices";

    private bool noticeReminderRegistered;

    private MailOptions Mail => ServiceProvider.GetRequiredService<IOptions<MailOptions>>().Value;

    private NoticePreferences Preferences => state.State.NoticePreferences ?? NoticePreferences.Default;

    public Task<NoticePreferences> GetNoticePreferencesAsync() => Task.FromResult(Preferences);

    public async Task<NoticePreferences> SetNoticePreferencesAsync(NoticePreferences preferences)
    {
        state.State.NoticePreferences = NoticePreferenceRules.Validate(preferences);
        await state.WriteOrDeactivateAsync(this);
        return Preferences;
    }

    public async Task DeliverWithCalendarAsync(Notification notification, CalendarMail calendar)
    {
        var stored = await StoreAsync(notification);

        // The calendar goes out at once, read or not: it is the meeting itself, not a reminder of a notice.
        state.State.PendingNotices.RemoveAll(p => p.NotificationId == notification.NotificationId);
        if (Mail.Enabled && Preferences.Wants(notification.Kind))
        {
            state.State.PendingNotices.Add(new PendingNotice(notification.NotificationId, notification.Kind, time.GetUtcNow(), false) { Calendar = calendar });
        }

        await state.WriteOrDeactivateAsync(this);
        await PushAsync(stored);
        await EnsureNoticeReminderAsync();
        try
        {
            await SendDueNoticesAsync();
        }
        catch (Exception error)
        {
            // Still queued: the reminder retries. The notification itself is stored and pushed already.
            logger.LogWarning(error, "A calendar e-mail could not be sent now; it stays queued and is retried.");
        }
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != NoticeReminder)
        {
            return;
        }

        noticeReminderRegistered = true;
        await SendDueNoticesAsync();
        if (state.State.PendingNotices.Count == 0 && await this.GetReminder(NoticeReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
            noticeReminderRegistered = false;
        }
    }

    /// <summary>Called by <see cref="StoreAsync"/> for every new notification.</summary>
    private void QueueNotice(Notification notification)
    {
        if (Mail.Enabled && notification.ReadAt is null && Preferences.Wants(notification.Kind))
        {
            var due = time.GetUtcNow() + Mail.NoticeDelay;
            state.State.PendingNotices.Add(new PendingNotice(
                notification.NotificationId, notification.Kind, NoticeSchedule.SendAt(Preferences, due, Mail.DigestAt), Preferences.DailyDigest));
        }
    }

    /// <summary>After the state with a queued notice is written: the reminder that will send it.</summary>
    private async Task EnsureNoticeReminderAsync()
    {
        if (state.State.PendingNotices.Count == 0 || noticeReminderRegistered)
        {
            return;
        }

        if (await this.GetReminder(NoticeReminder) is null)
        {
            var first = state.State.PendingNotices.Min(p => p.SendAt) - time.GetUtcNow();
            await this.RegisterOrUpdateReminder(NoticeReminder, first > TimeSpan.Zero ? first : TimeSpan.FromSeconds(1), Mail.CheckEvery);
        }

        noticeReminderRegistered = true;
    }

    private async Task SendDueNoticesAsync()
    {
        var now = time.GetUtcNow();
        var due = state.State.PendingNotices.Where(p => p.SendAt <= now).ToList();
        if (due.Count == 0)
        {
            return;
        }

        // Read in the app in the meantime: nothing to tell.
        var unread = due.Where(p => p.Calendar is not null || IsUnread(p.NotificationId)).ToList();
        if (due.Count > unread.Count)
        {
            state.State.PendingNotices.RemoveAll(p => due.Contains(p) && !unread.Contains(p));
            await state.WriteOrDeactivateAsync(this);
        }

        if (unread.Count == 0)
        {
            return;
        }

        var person = await DirectoryEntryAsync();
        if (person?.Email is not { Length: > 0 } address || !Mail.Enabled)
        {
            logger.LogWarning("{Count} e-mail notice(s) dropped: no e-mail address in the directory, or no mail server configured.", unread.Count);
            state.State.PendingNotices.RemoveAll(unread.Contains);
            await state.WriteOrDeactivateAsync(this);
            return;
        }

        var sender = ServiceProvider.GetRequiredService<IMailSender>();
        foreach (var notice in unread.Where(p => p.Calendar is not null || !p.Digest))
        {
            var mail = notice.Calendar is { } calendar
                ? new OutgoingMail(address, calendar.Subject, calendar.Text, NoticeMails.MessageIdFor(notice.NotificationId, Mail), calendar)
                : NoticeMails.Notice(address, notice.NotificationId, Mail);
            await sender.SendAsync(mail, CancellationToken.None);
            await SendSmsAsync(person, notice.Calendar is null);
            state.State.PendingNotices.Remove(notice);
            await state.WriteOrDeactivateAsync(this);
        }

        var digest = unread.Where(p => p.Calendar is null && p.Digest).ToList();
        if (digest.Count > 0)
        {
            await sender.SendAsync(NoticeMails.Digest(address, digest.Select(p => p.NotificationId).ToArray(), Mail), CancellationToken.None);
            await SendSmsAsync(person, true);
            state.State.PendingNotices.RemoveAll(digest.Contains);
            await state.WriteOrDeactivateAsync(this);
        }
    }

    private async Task SendSmsAsync(DirectoryPerson person, bool notice)
    {
        if (notice && Preferences.Sms && person.Phone is { Length: > 0 } phone && ServiceProvider.GetService<ISmsSender>() is { } sms)
        {
            await sms.SendAsync(phone, NoticeMails.SmsText(Mail), CancellationToken.None);
        }
    }

    private bool IsUnread(Guid notificationId) => state.State.Inbox.Any(n => n.NotificationId == notificationId && n.ReadAt is null);

    private async Task<DirectoryPerson?> DirectoryEntryAsync()
    {
        var directory = await GrainFactory.GetGrain<IDirectoryGrain>(0).GetAsync();
        var id = this.GetPrimaryKeyString();
        return directory.People.FirstOrDefault(p => p.Id == id && p.Active);
    }
}
