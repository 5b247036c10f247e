using BackaBarnet.Live.GrainInterfaces.Audit;
using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Directory;
using BackaBarnet.Live.GrainInterfaces.Notifications;
using BackaBarnet.Live.GrainInterfaces.Professionals;
using Microsoft.Extensions.Logging;

namespace BackaBarnet.Live.Grains.Children;

/// <summary>
/// Nothing waits unseen: a concern still not acknowledged when its working-day deadline passes goes
/// to the barnkontakt's stand-in (else the unit manager), through one durable reminder per child
/// that is due at the earliest deadline still waiting; and while the barnkontakt is offline,
/// colleagues of the same unit who are signed in are told at once. Neither notice carries the
/// child's name or the concern.
/// </summary>
internal sealed partial class ChildGrain
{
    /// <summary>The chronology's actor for what the system did itself.</summary>
    private const string EscalationActor = "eskalering";

    /// <summary>
    /// One reminder per child, not one per concern. Why (issue 21's alert benchmark): a reminder per
    /// concern was a reminder-table write for every concern raised and a read and a delete for every
    /// acknowledgement, a third of the storage requests of raising a concern. Deadlines follow the
    /// order concerns are raised in, so a reminder due at the earliest one covers every later one.
    /// </summary>
    internal const string EscalationReminderName = "escalation";

    /// <summary>Reminders of earlier versions, one per concern; still handled when they tick.</summary>
    private const string LegacyEscalationPrefix = "escalate:";

    /// <summary>After the deadline the reminder ticks this often until the escalation is stored (a silo may be down at the moment).</summary>
    private static readonly TimeSpan EscalationRetry = TimeSpan.FromHours(1);

    /// <summary>When this activation's escalation reminder is due; null until this activation registered one.</summary>
    private DateTimeOffset? escalationReminderDue;

    private static bool IsEscalationReminder(string reminderName) =>
        reminderName == EscalationReminderName || reminderName.StartsWith(LegacyEscalationPrefix, StringComparison.Ordinal);

    /// <summary>Concerns whose deadline may still pass unacknowledged.</summary>
    private IEnumerable<ConcernView> AwaitingAcknowledgement => state.State.Concerns.Where(AwaitsAcknowledgement);

    private static bool AwaitsAcknowledgement(ConcernView concern) =>
        concern is { Status: ConcernStatus.Open, EscalatedAt: null, EscalateAt: not null };

    /// <summary>
    /// Registers the reminder only when no reminder of this activation is due by the concern's
    /// deadline already: with concerns raised one after another, once per activation.
    /// </summary>
    private async Task ScheduleEscalationAsync(ConcernView concern)
    {
        if (AwaitsAcknowledgement(concern) && !(escalationReminderDue <= concern.EscalateAt))
        {
            await RegisterEscalationReminderAsync(concern.EscalateAt!.Value);
        }
    }

    private async Task RegisterEscalationReminderAsync(DateTimeOffset due)
    {
        var wait = due - Now;
        await this.RegisterOrUpdateReminder(EscalationReminderName, wait > TimeSpan.Zero ? wait : TimeSpan.FromMinutes(1), EscalationRetry);
        escalationReminderDue = due;
    }

    /// <summary>After an acknowledgement: with nothing left to escalate, the reminder ends.</summary>
    private async Task EndEscalationIfNothingAwaitsAsync()
    {
        if (!AwaitingAcknowledgement.Any())
        {
            await EndEscalationReminderAsync();
        }
    }

    private async Task EndEscalationReminderAsync()
    {
        await UnregisterAsync(EscalationReminderName);
        escalationReminderDue = null;
    }

    /// <summary>
    /// The reminder's tick: every concern past its deadline is escalated; then the reminder moves to
    /// the next deadline, or ends. A concern that could not be escalated now keeps the reminder
    /// ticking hourly, so it is tried again.
    /// </summary>
    private async Task EscalateDueConcernsAsync(string reminderName)
    {
        var now = Now;
        var due = state.State.IsRegistered ? AwaitingAcknowledgement.Where(c => c.EscalateAt <= now).Select(c => c.ConcernId).ToArray() : [];
        foreach (var concernId in due)
        {
            await EscalateAsync(concernId);
        }

        if (reminderName != EscalationReminderName)
        {
            // A per-concern reminder of an earlier version: its concerns are now the child reminder's.
            await UnregisterAsync(reminderName);
        }

        var next = state.State.IsRegistered ? AwaitingAcknowledgement.Min(c => c.EscalateAt) : null;
        if (next is null)
        {
            await EndEscalationReminderAsync();
        }
        else if (reminderName != EscalationReminderName || next != escalationReminderDue)
        {
            await RegisterEscalationReminderAsync(next.Value);
        }
    }

    private async Task EscalateAsync(Guid concernId)
    {
        var unit = await UnitOfContactAsync();
        var target = unit.EscalationTarget;
        var days = escalation.Value.WorkingDays;

        // Told and audited before the record says so: a failure here leaves the reminder to try again,
        // and the stable id keeps a second attempt from making a second notice.
        if (target is not null)
        {
            await GrainFactory.GetGrain<IProfessionalGrain>(target.Id).DeliverAsync(new Notification(
                NotificationIds.For("escalated", concernId), NotificationKind.ConcernEscalated,
                $"En oro till {unit.PersonName} är inte kvitterad efter {WorkingDaysText(days)}. Kontakta {unit.PersonName} eller ta över.",
                null, null, null, EscalationActor, Now, InboxLink));
        }

        await auditSink.AppendAsync([new AuditEntry(Now, target?.Id ?? EscalationActor, target?.Agency, target?.Title,
            target is null ? "found no stand-in or unit manager for an escalated concern about" : "was sent an escalated concern (not acknowledged in time) about", ChildId)
        {
            Through = target is null ? "escalation: the directory names no stand-in or manager of the barnkontakt's unit" : $"escalation: {(target.Roles.Contains(DirectoryRoles.UnitManagerStandIn) ? "stand-in" : "unit manager")} of the barnkontakt's unit",
            CareUnit = target?.Unit,
        }]);

        await CommitAsync(EscalationActor, "ConcernEscalated", s =>
        {
            var index = s.Concerns.FindIndex(c => c.ConcernId == concernId);
            s.Concerns[index] = s.Concerns[index] with { EscalatedAt = Now, EscalatedTo = target?.Id };
            return (true, target is null
                ? $"Oro eskalerad: inte kvitterad efter {WorkingDaysText(days)}, men katalogen har ingen ersättare eller enhetschef för barnkontaktens enhet"
                : $"Oro eskalerad till {UnitColleagues.RoleOf(target)} {target.Name}: inte kvitterad efter {WorkingDaysText(days)}");
        });
    }

    /// <summary>
    /// The barnkontakt is not signed in: colleagues of the unit who are signed in learn at once that
    /// a concern waits for them. A courtesy on the way back to the reporter: the concern and its
    /// alert are already stored, so a failure here is logged rather than turned into a failed
    /// report. The colleagues are asked at once, not one after another, so an offline barnkontakt
    /// does not slow the reporter's answer per colleague.
    /// </summary>
    private async Task TellOnlineColleaguesIfContactOfflineAsync(ConcernView concern)
    {
        try
        {
            if (await Contact().IsOnlineAsync())
            {
                return;
            }

            var unit = await UnitOfContactAsync();
            await Task.WhenAll(unit.Practitioners.Select(colleague => TellIfOnlineAsync(colleague, unit.PersonName, concern)));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Online colleagues were not told of a concern on child {ChildId} waiting for an offline barnkontakt", ChildId);
        }
    }

    private async Task TellIfOnlineAsync(DirectoryPerson colleague, string contactName, ConcernView concern)
    {
        var inbox = GrainFactory.GetGrain<IProfessionalGrain>(colleague.Id);
        if (!await inbox.IsOnlineAsync())
        {
            return;
        }

        await auditSink.AppendAsync([new AuditEntry(Now, colleague.Id, colleague.Agency, colleague.Title, "was told a concern waits for an offline colleague about", ChildId)
        {
            Through = "same unit as the barnkontakt, who was offline",
            CareUnit = colleague.Unit,
        }]);
        await inbox.DeliverAsync(new Notification(
            NotificationIds.For("colleague-offline", concern.ConcernId, colleague.Id), NotificationKind.ConcernForOfflineColleague,
            $"En ny oro väntar på {contactName}, som inte är inloggad just nu. Säg gärna till.",
            null, null, null, EscalationActor, Now, InboxLink));
    }

    private const string InboxLink = "/inbox.html";

    private async Task<UnitColleagues> UnitOfContactAsync() =>
        new(await GrainFactory.GetGrain<IDirectoryGrain>(0).GetUnitOfAsync(state.State.ChildContactId), state.State.ChildContactId);

    private static string WorkingDaysText(int days) => days == 1 ? "en arbetsdag" : $"{days} arbetsdagar";
}
