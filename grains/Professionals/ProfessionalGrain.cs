using BackaBarnet.Live.GrainInterfaces.Notifications;
using BackaBarnet.Live.GrainInterfaces.Professionals;
using BackaBarnet.Live.GrainInterfaces.Sessions;
using BackaBarnet.Live.Grains.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Utilities;

namespace BackaBarnet.Live.Grains.Professionals;

/// <summary>
/// One professional: their caseload as barnkontakt, the meetings and actions they have, and their
/// inbox. Everything is persisted before anyone is told.
/// </summary>
internal sealed partial class ProfessionalGrain(
    [PersistentState("professional", StorageNames.Records)] IPersistentState<ProfessionalState> state,
    [FromKeyedServices(DomainTime.Key)] TimeProvider time,
    IOptions<InboxOptions> options,
    IInboxArchive inboxArchive,
    ILogger<ProfessionalGrain> logger) : Grain, IProfessionalGrain
{
    private readonly ObserverManager<IProfessionalObserver> observers = new(ObserverLease.Lifetime, logger);

    public async Task AssignChildAsync(CaseloadEntry entry)
    {
        if (state.State.Caseload.All(c => c.ChildId != entry.ChildId))
        {
            state.State.Caseload.Add(entry);
            await state.WriteOrDeactivateAsync(this);
        }
    }

    /// <summary>No longer this child's barnkontakt: the child and its concern alerts (their texts) go.</summary>
    public async Task ReleaseChildAsync(Guid childId)
    {
        var released = state.State.Caseload.RemoveAll(c => c.ChildId == childId);
        var alerts = state.State.OpenAlerts.RemoveAll(a => a.ChildId == childId);
        if (released + alerts > 0)
        {
            await state.WriteOrDeactivateAsync(this);
        }
    }

    public async Task SettleConcernAlertAsync(Guid concernId)
    {
        if (state.State.OpenAlerts.RemoveAll(a => a.Concern.ConcernId == concernId) > 0)
        {
            await state.WriteOrDeactivateAsync(this);
        }
    }

    public async Task ReceiveConcernAsync(ConcernAlert alert)
    {
        // Delivery is at-least-once (the child's outbox): an alert already here was stored and pushed before.
        if (state.State.OpenAlerts.Any(a => a.Concern.ConcernId == alert.Concern.ConcernId))
        {
            return;
        }

        state.State.OpenAlerts.Add(alert);

        var declined = alert.Concern.RaisedWhileSupportDeclined ? " (stöd avböjt)" : "";
        var stored = await StoreAsync(new Notification(
            alert.Concern.ConcernId, NotificationKind.ConcernRaised, $"Ny oro för {alert.ChildDisplayName}{declined}",
            alert.ChildId, alert.ChildDisplayName, null, alert.Concern.ReporterId, alert.Concern.RaisedAt, Links.Child(alert.ChildId)));
        await state.WriteOrDeactivateAsync(this);

        // Pushed before the e-mail reminder is registered: the barnkontakt is not kept waiting for the
        // reminder table, and a failed registration (the child's outbox tries again, and finds the
        // alert here) cannot leave a stored alert that was never pushed.
        await observers.Notify(o => o.OnConcernRaisedAsync(alert));
        await PushAsync(stored);
        await EnsureNoticeReminderAsync();
    }

    public async Task AddSessionInvitationAsync(SessionInvitation invitation)
    {
        if (state.State.SessionInvitations.All(i => i.SessionId != invitation.SessionId))
        {
            ForgetLongPastMeetings();
            state.State.SessionInvitations.Add(invitation);
        }

        await DeliverAsync(new Notification(
            NotificationIds.For("invitation", invitation.SessionId), NotificationKind.MeetingInvitation,
            $"Kallelse till barnteam om {string.Join(", ", invitation.ChildNames)}", null, null, invitation.SessionId,
            invitation.ConvenerId, time.GetUtcNow(), Links.Meeting(invitation.SessionId)));
    }

    public async Task RememberConvenedSessionAsync(SessionInvitation invitation)
    {
        if (state.State.SessionInvitations.All(i => i.SessionId != invitation.SessionId))
        {
            ForgetLongPastMeetings();
            state.State.SessionInvitations.Add(invitation);
            await state.WriteOrDeactivateAsync(this);
        }
    }

    /// <summary>
    /// The meeting list would otherwise grow by every meeting of a working life. A meeting planned
    /// more than <see cref="InboxOptions.ForgetMeetingsAfterDays"/> ago is over (its outcome is in each
    /// child's record, its notices in the inbox archive): it leaves the list when a new one comes.
    /// </summary>
    private void ForgetLongPastMeetings()
    {
        var cutoff = time.GetUtcNow().AddDays(-options.Value.ForgetMeetingsAfterDays);
        state.State.SessionInvitations.RemoveAll(i => i.ScheduledAt < cutoff);
    }

    public async Task AddAssignmentAsync(ActionAssignment assignment)
    {
        if (state.State.Assignments.All(a => a.ActionId != assignment.ActionId || a.SessionId != assignment.SessionId))
        {
            state.State.Assignments.Add(assignment);
        }

        await DeliverAsync(new Notification(
            NotificationIds.For("assigned", assignment.SessionId, assignment.ActionId), NotificationKind.ActionAssigned,
            $"Ny insats för {assignment.ChildDisplayName}: {assignment.What}", assignment.ChildId, assignment.ChildDisplayName,
            assignment.SessionId == Guid.Empty ? null : assignment.SessionId, "barnteam", assignment.AssignedAt, Links.Child(assignment.ChildId)));
    }

    public Task<IReadOnlyList<SessionInvitation>> GetSessionInvitationsAsync() =>
        Task.FromResult<IReadOnlyList<SessionInvitation>>(state.State.SessionInvitations.OrderBy(i => i.ScheduledAt).ToArray());

    public Task<IReadOnlyList<ActionAssignment>> GetAssignmentsAsync() =>
        Task.FromResult<IReadOnlyList<ActionAssignment>>(state.State.Assignments.ToArray());

    public Task<IReadOnlyList<CaseloadEntry>> GetCaseloadAsync() =>
        Task.FromResult<IReadOnlyList<CaseloadEntry>>(state.State.Caseload.ToArray());

    public Task<IReadOnlyList<ConcernAlert>> GetOpenConcernAlertsAsync() =>
        Task.FromResult<IReadOnlyList<ConcernAlert>>(state.State.OpenAlerts.ToArray());

    public Task SubscribeAsync(IProfessionalObserver observer)
    {
        observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task<bool> IsOnlineAsync()
    {
        observers.ClearExpired();
        return Task.FromResult(observers.Count > 0);
    }

    public Task UnsubscribeAsync(IProfessionalObserver observer)
    {
        observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }
}
