using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace BackaBarnet.Live.Grains.Sessions;

/// <summary>
/// A durable reminder stands behind the in-memory timer that moves audit entries: it is
/// registered with the first stored entry of an activation, so when the silo dies with entries
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

    /// <summary>The registration under way, if any: one at a time.</summary>
    private Task? auditReminderRegistration;

    /// <summary>
    /// With a write that stores audit entries: the reminder that moves them even if this silo
    /// dies. Started beside the write, never awaited by it: an edit must not wait for the reminder
    /// service. Why (issue 21's fan-out runs): awaited before every write of a meeting whose
    /// registration had not yet succeeded, it held each edit up to its 2-second limit whenever the
    /// reminder table was slow, and under load that was most edits. A silo that dies before the
    /// registration lands leaves the entries stored with the meeting, moved at its next activation
    /// as before; a failed registration is tried again with the next write.
    /// </summary>
    private void EnsureAuditReminder()
    {
        if (auditReminderRegistered || auditReminderRegistration is not null || !UnmovedAudit.Any())
        {
            return;
        }

        auditReminderRegistration = RegisterAuditReminderAsync();
    }

    private async Task RegisterAuditReminderAsync()
    {
        try
        {
            await this.RegisterOrUpdateReminder(AuditReminder, AuditReminderPeriod, AuditReminderPeriod);
            auditReminderRegistered = true;
        }
        catch (Exception e)
        {
            LogAuditReminderFailed(e, SessionId);
        }
        finally
        {
            auditReminderRegistration = null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Session {SessionId}: registering the audit reminder failed; the entries are moved by the timer or the next activation, and the next write tries again.")]
    private partial void LogAuditReminderFailed(Exception exception, Guid sessionId);

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != AuditReminder)
        {
            return;
        }

        auditReminderRegistered = true;
        if (UnmovedAudit.Any() && lastWriteStored)
        {
            await MoveAuditAsync();
        }

        // What the timer or this tick moved leaves the stored state too.
        if (AuditMovedSinceWrite && lastWriteStored)
        {
            await WriteStateAsync();
        }

        if (!UnmovedAudit.Any() && await this.GetReminder(AuditReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
            auditReminderRegistered = false;
        }
    }
}
