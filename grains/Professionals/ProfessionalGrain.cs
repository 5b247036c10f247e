using BackaBarnet.Live.GrainInterfaces.Professionals;
using BackaBarnet.Live.GrainInterfaces.Sessions;
using BackaBarnet.Live.Grains.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Utilities;

namespace BackaBarnet.Live.Grains.Professionals;

internal sealed class ProfessionalGrain(
    [PersistentState("professional", StorageNames.Records)] IPersistentState<ProfessionalState> state,
    ILogger<ProfessionalGrain> logger) : Grain, IProfessionalGrain
{
    private readonly ObserverManager<IProfessionalObserver> observers = new(ObserverLease.Lifetime, logger);

    public async Task AssignChildAsync(CaseloadEntry entry)
    {
        if (state.State.Caseload.Any(c => c.ChildId == entry.ChildId))
        {
            return;
        }

        state.State.Caseload.Add(entry);
        await state.WriteOrDeactivateAsync(this);
    }

    public async Task ReleaseChildAsync(Guid childId)
    {
        if (state.State.Caseload.RemoveAll(c => c.ChildId == childId) > 0)
        {
            await state.WriteOrDeactivateAsync(this);
        }
    }

    public async Task ReceiveConcernAsync(ConcernAlert alert)
    {
        // Delivery is at-least-once: a retried call must not store the alert twice.
        if (state.State.OpenAlerts.All(a => a.Concern.ConcernId != alert.Concern.ConcernId))
        {
            state.State.OpenAlerts.Add(alert);
            await state.WriteOrDeactivateAsync(this);
        }

        await observers.Notify(observer => observer.OnConcernRaisedAsync(alert));
    }

    public async Task AddSessionInvitationAsync(SessionInvitation invitation)
    {
        if (state.State.SessionInvitations.All(i => i.SessionId != invitation.SessionId))
        {
            state.State.SessionInvitations.Add(invitation);
            await state.WriteOrDeactivateAsync(this);
        }
    }

    public Task<IReadOnlyList<SessionInvitation>> GetSessionInvitationsAsync() =>
        Task.FromResult<IReadOnlyList<SessionInvitation>>(state.State.SessionInvitations.OrderBy(i => i.ScheduledAt).ToArray());

    public async Task AddAssignmentAsync(ActionAssignment assignment)
    {
        if (state.State.Assignments.All(a => a.ActionId != assignment.ActionId || a.SessionId != assignment.SessionId))
        {
            state.State.Assignments.Add(assignment);
            await state.WriteOrDeactivateAsync(this);
        }
    }

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

    public Task UnsubscribeAsync(IProfessionalObserver observer)
    {
        observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }
}
