using BackaBarnet.Live.GrainInterfaces.Hosting;
using BackaBarnet.Live.GrainInterfaces.Notifications;
using BackaBarnet.Live.GrainInterfaces.Professionals;
using BackaBarnet.Live.Grains.Hosting;

namespace BackaBarnet.Live.Grains.Children;

/// <summary>
/// Follow-up and due-date reminders: durable Orleans reminders that tick daily from the date on;
/// "due" on the day, "overdue" after it if nothing was recorded, then the reminder ends.
/// </summary>
internal sealed partial class ChildGrain : IRemindable
{
    private static readonly TimeSpan Daily = TimeSpan.FromDays(1);

    /// <summary>Morning in Sweden, so the notice is there when the working day starts.</summary>
    private static readonly TimeOnly NoticeTime = new(7, 0);

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == OutboxReminder)
        {
            await OutboxReminderTickAsync();
            return;
        }

        if (IsEscalationReminder(reminderName))
        {
            await EscalateDueConcernsAsync(reminderName);
            return;
        }

        var scheduled = state.State.IsRegistered ? ReminderPlan.Desired(state.State).GetValueOrDefault(reminderName) : default;
        if (scheduled == default)
        {
            // The action was done, cancelled or removed, or the follow-up was cleared.
            await EndReminderAsync(reminderName);
            return;
        }

        var today = Today;
        if (today < scheduled)
        {
            return;
        }

        var overdue = today > scheduled;
        if (reminderName == ReminderPlan.FollowUp)
        {
            if (!(overdue && ReminderPlan.FollowedUpSince(state.State, scheduled)))
            {
                var recipients = new[] { state.State.ChildContactId, state.State.Plan.Details.SupportCoordinatorId }.OfType<string>().Distinct();
                await NotifyAsync(recipients, reminderName, scheduled, overdue ? NotificationKind.FollowUpOverdue : NotificationKind.FollowUpDue,
                    overdue ? $"Uppföljningen för {state.State.DisplayName} är försenad" : $"Uppföljning för {state.State.DisplayName} i dag");
            }
        }
        else
        {
            var action = state.State.Plan.Actions.Single(a => a.ActionId == ReminderPlan.ActionOf(reminderName));
            await NotifyAsync([action.ResponsibleId ?? state.State.ChildContactId], reminderName, scheduled, overdue ? NotificationKind.ActionOverdue : NotificationKind.ActionDue,
                overdue ? $"Insatsen \"{action.What}\" för {state.State.DisplayName} är försenad" : $"Insatsen \"{action.What}\" för {state.State.DisplayName} ska vara klar i dag");
        }

        if (overdue)
        {
            await EndReminderAsync(reminderName);
        }
    }

    /// <summary>Registers, moves or ends reminders so they match the plan's dates; called after every plan change.</summary>
    private async Task ReplanRemindersAsync()
    {
        var desired = ReminderPlan.Desired(state.State);
        var scheduled = state.State.ScheduledReminders;
        var changed = false;
        foreach (var (name, date) in desired.Where(d => !scheduled.TryGetValue(d.Key, out var at) || at != d.Value))
        {
            await this.RegisterOrUpdateReminder(name, DueIn(date), Daily);
            scheduled[name] = date;
            changed = true;
        }

        foreach (var name in scheduled.Keys.Except(desired.Keys).ToArray())
        {
            await UnregisterAsync(name);
            scheduled.Remove(name);
            changed = true;
        }

        if (changed)
        {
            await state.WriteOrDeactivateAsync(this);
        }
    }

    private async Task EndReminderAsync(string reminderName)
    {
        await UnregisterAsync(reminderName);
        if (state.State.ScheduledReminders.Remove(reminderName))
        {
            await state.WriteOrDeactivateAsync(this);
        }
    }

    /// <summary>
    /// Ends a reminder as it is stored now, read first. Not by the handle its registration
    /// returned: under load a registration's first try can time out and be stored after its retry,
    /// so the stored reminder is not the one the handle names (in the alert benchmark nearly half
    /// the handles of the warm-up burst were stale, and each failed unregistration is retried and
    /// logged as an error by Orleans).
    /// </summary>
    private async Task UnregisterAsync(string reminderName)
    {
        if (await this.GetReminder(reminderName) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    private async Task NotifyAsync(IEnumerable<string> recipients, string reminderName, DateOnly date, NotificationKind kind, string title)
    {
        foreach (var recipient in recipients)
        {
            // The id is the same however often the reminder ticks on that day: one notice per event.
            await GrainFactory.GetGrain<IProfessionalGrain>(recipient).DeliverAsync(new Notification(
                NotificationIds.For(ChildId, reminderName, date, kind), kind, title, ChildId, state.State.DisplayName, null, "påminnelse", Now, Links.Child(ChildId)));
        }
    }

    private TimeSpan DueIn(DateOnly date)
    {
        var at = SwedishDate.At(date, NoticeTime);
        var wait = at - Now;
        return wait > TimeSpan.Zero ? wait : TimeSpan.FromSeconds(1);
    }
}
