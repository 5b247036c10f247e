using BackaBarnet.Live.GrainInterfaces.Professionals;
using BackaBarnet.Live.Grains.Hosting;
using Microsoft.Extensions.Logging;

namespace BackaBarnet.Live.Grains.Children;

/// <summary>
/// A raised concern's alert to the barnkontakt goes through an outbox kept in the child's state,
/// written in the same commit as the concern: the reporter's concern is stored whatever happens to
/// the alert, and the alert is tried at once, then by a timer while the child is active, and by a
/// durable reminder after a crash or a deactivation, until the barnkontakt's grain has it (it
/// ignores an alert it already has, so delivering twice is harmless).
/// </summary>
internal sealed partial class ChildGrain
{
    internal const string OutboxReminder = "alert-outbox";

    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromMinutes(1);

    private IGrainTimer? outboxTimer;
    private TimeSpan nextRetry = FirstRetry;
    private bool outboxReminderRegistered;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.AlertOutbox.Count > 0)
        {
            ScheduleOutbox(TimeSpan.Zero);
        }

        return base.OnActivateAsync(cancellationToken);
    }

    /// <summary>
    /// Before the commit that fills the outbox: the reminder must exist before the alert does, or
    /// a crash right after the commit would leave the alert for no one to send.
    /// </summary>
    private async Task EnsureOutboxReminderAsync()
    {
        if (!outboxReminderRegistered)
        {
            await this.RegisterOrUpdateReminder(OutboxReminder, LongestRetry, LongestRetry);
            outboxReminderRegistered = true;
        }
    }

    /// <summary>Tries every alert in the outbox; never throws (a failure is retried later, and logged).</summary>
    private async Task DeliverOutboxAsync()
    {
        foreach (var alert in state.State.AlertOutbox.ToArray())
        {
            try
            {
                // The barnkontakt now: after a handover, the new one is the one to act on it.
                await Contact().ReceiveConcernAsync(alert with { ChildDisplayName = state.State.DisplayName });
            }
            catch (Exception e)
            {
                LogAlertNotDelivered(e, ChildId, alert.Concern.ConcernId, nextRetry);
                ScheduleOutbox(nextRetry);
                nextRetry = TimeSpan.FromTicks(Math.Min(nextRetry.Ticks * 2, LongestRetry.Ticks));
                return;
            }

            // Out of the outbox in memory; the stored outbox catches up with the child's next write.
            state.State.AlertOutbox.RemoveAll(a => a.Concern.ConcernId == alert.Concern.ConcernId);
        }

        nextRetry = FirstRetry;
    }

    private void ScheduleOutbox(TimeSpan after) =>
        outboxTimer ??= this.RegisterGrainTimer(DeliverOutboxOnTimerAsync, new GrainTimerCreationOptions(after, Timeout.InfiniteTimeSpan));

    private async Task DeliverOutboxOnTimerAsync(CancellationToken cancellation)
    {
        outboxTimer?.Dispose();
        outboxTimer = null;
        await DeliverOutboxAsync();
    }

    /// <summary>
    /// The reminder's tick: deliver what is left; once nothing is, end the reminder. The emptied
    /// outbox is not written for its own sake: every change to a concern is a write of the child
    /// that stores it, and an activation that finds delivered alerts still stored sends them again,
    /// which the barnkontakt's grain ignores. Why (issue 21's alert benchmark): children that got
    /// their first concern together wrote their emptied outboxes together a minute later, 500
    /// writes in a second, and storage answered everyone late for seconds.
    /// </summary>
    private async Task OutboxReminderTickAsync()
    {
        await DeliverOutboxAsync();
        if (state.State.AlertOutbox.Count > 0)
        {
            return;
        }

        await UnregisterAsync(OutboxReminder);
        outboxReminderRegistered = false;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The alert for concern {ConcernId} of child {ChildId} was not delivered to the barnkontakt; tried again in {RetryIn}")]
    private partial void LogAlertNotDelivered(Exception error, Guid childId, Guid concernId, TimeSpan retryIn);
}
