using BackaBarnet.Live.GrainInterfaces.Notifications;
using BackaBarnet.Live.Grains.Hosting;

namespace BackaBarnet.Live.Grains.Professionals;

/// <summary>The inbox: store once per id, then push; unread counts the same in every tab.</summary>
internal sealed partial class ProfessionalGrain
{
    public async Task DeliverAsync(Notification notification)
    {
        var stored = await StoreAsync(notification);
        await state.WriteOrDeactivateAsync(this);

        // Pushed first, as a concern alert is (ReceiveConcernAsync): nobody waits for the reminder table.
        await PushAsync(stored);
        await EnsureNoticeReminderAsync();
    }

    public Task<InboxView> GetInboxAsync() =>
        Task.FromResult(new InboxView(state.State.Inbox.AsEnumerable().Reverse().ToArray(), Unread(), state.State.Archived));

    public async Task<int> MarkReadAsync(Guid notificationId)
    {
        var index = state.State.Inbox.FindIndex(n => n.NotificationId == notificationId);
        if (index >= 0 && state.State.Inbox[index].ReadAt is null)
        {
            state.State.Inbox[index] = state.State.Inbox[index] with { ReadAt = time.GetUtcNow() };
            await MoveOldReadAsync();
            await state.WriteOrDeactivateAsync(this);
            await observers.Notify(o => o.OnUnreadCountChangedAsync(Unread()));
        }

        return Unread();
    }

    public async Task<int> MarkAllReadAsync()
    {
        var now = time.GetUtcNow();
        var changed = false;
        for (var i = 0; i < state.State.Inbox.Count; i++)
        {
            if (state.State.Inbox[i].ReadAt is null)
            {
                state.State.Inbox[i] = state.State.Inbox[i] with { ReadAt = now };
                changed = true;
            }
        }

        if (changed)
        {
            await MoveOldReadAsync();
            await state.WriteOrDeactivateAsync(this);
            await observers.Notify(o => o.OnUnreadCountChangedAsync(0));
        }

        return 0;
    }

    /// <summary>
    /// Adds the notification unless it is already there or archived (delivery is at-least-once),
    /// and moves old read items out of the list. Returns what is stored under that id, or null
    /// when it was archived (nothing to show).
    /// </summary>
    private async Task<Notification?> StoreAsync(Notification notification)
    {
        var existing = state.State.Inbox.FirstOrDefault(n => n.NotificationId == notification.NotificationId);
        if (existing is not null || await WasArchivedAsync(notification))
        {
            return existing;
        }

        state.State.Inbox.Add(notification);
        QueueNotice(notification);
        await MoveOldReadAsync();
        return notification;
    }

    private Task PushAsync(Notification? notification) =>
        notification is { ReadAt: null } ? observers.Notify(o => o.OnNotificationAsync(notification, Unread())) : Task.CompletedTask;

    private int Unread() => state.State.Inbox.Count(n => n.ReadAt is null);
}
