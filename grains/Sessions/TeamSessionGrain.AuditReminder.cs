using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace BackaBarnet.Live.Grains.Sessions;

/// <summary>
/// A durable reminder stands behind the in-memory timer that moves audit entries: it is
/// registered before the first stored entry of an activation, so when the silo dies with entries
/// stored in the meeting's state, the reminder activates the meeting on another silo and the
/// entries reach the audit table without anyone using the meeting again (within the reminder
/// period after the silo is declared dead, one minute with Orleans' production minimum). It is
/// removed at the first tick that finds nothing left, so a quiet meeting is not kept alive by it.
/// </summary>
internal sealed partial class TeamSessionGrain : IRemindable
{
    private const string AuditReminder = "audit-move";

    private bool auditReminderRegistered;

    private TimeSpan AuditReminderPeriod => ServiceProvider.GetRequiredService<IOptions<ReminderOptions>>().Value.MinimumReminderPeriod;

    /// <summary>
    /// Before a write that stores audit entries: the reminder that moves them even if this silo
    /// dies. Best effort: an edit never fails or waits long for it (the timer and the next
    /// activation still move the entries); the next write tries again.
    /// </summary>
    private async Task EnsureAuditReminderAsync()
    {
        if (auditReminderRegistered || state.State.PendingAudit.Count == 0)
        {
            return;
        }

        try
        {
            await this.RegisterOrUpdateReminder(AuditReminder, AuditReminderPeriod, AuditReminderPeriod).WaitAsync(AuditReminderWait);
            auditReminderRegistered = true;
        }
        catch (Exception e)
        {
            LogAuditReminderFailed(e, SessionId);
        }
    }

    private static readonly TimeSpan AuditReminderWait = TimeSpan.FromSeconds(2);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Session {SessionId}: registering the audit reminder failed; the entries are moved by the timer or the next activation, and the next write tries again.")]
    private partial void LogAuditReminderFailed(Exception exception, Guid sessionId);

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != AuditReminder)
        {
            return;
        }

        auditReminderRegistered = true;
        if (state.State.PendingAudit.Count > 0 && lastWriteStored)
        {
            await MoveAuditAsync();
        }

        // What the timer or this tick moved leaves the stored state too.
        if (auditMovedSinceWrite && lastWriteStored)
        {
            await WriteStateAsync();
        }

        if (state.State.PendingAudit.Count == 0 && await this.GetReminder(AuditReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
            auditReminderRegistered = false;
        }
    }
}
