using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Professionals;
using BackaBarnet.Live.Grains.Hosting;

namespace BackaBarnet.Live.Grains.Children;

internal sealed class ChildGrain(
    [PersistentState("child", StorageNames.Records)] IPersistentState<ChildState> state,
    TimeProvider time) : Grain, IChildGrain
{
    private Guid ChildId => this.GetPrimaryKey();

    public async Task<ChildSnapshot> RegisterAsync(NewChild child)
    {
        var valid = ChildRules.Validate(child);
        if (state.State.IsRegistered)
        {
            throw new ChildAlreadyRegisteredException(ChildId);
        }

        var now = time.GetUtcNow();
        state.State = new ChildState
        {
            IsRegistered = true,
            DisplayName = valid.DisplayName,
            ChildContactId = valid.ChildContactId,
            RegisteredBy = valid.RegisteredBy,
            RegisteredAt = now,
            Version = 1,
        };
        await state.WriteOrDeactivateAsync(this);

        await Contact().AssignChildAsync(new CaseloadEntry(ChildId, valid.DisplayName, now));
        return Snapshot();
    }

    public Task<ChildSnapshot> GetSnapshotAsync()
    {
        EnsureRegistered();
        return Task.FromResult(Snapshot());
    }

    public async Task<ConcernView> RaiseConcernAsync(NewConcern concern)
    {
        EnsureRegistered();
        var valid = ChildRules.Validate(concern);
        var raised = new ConcernView(
            Guid.NewGuid(), valid.ReporterId, valid.Text, valid.Areas, time.GetUtcNow(), ConcernStatus.Open);

        state.State.Concerns.Add(raised);
        state.State.Version++;
        await state.WriteOrDeactivateAsync(this);

        await Contact().ReceiveConcernAsync(
            new ConcernAlert(ChildId, state.State.DisplayName, raised, state.State.Version));
        return raised;
    }

    private IProfessionalGrain Contact() => GrainFactory.GetGrain<IProfessionalGrain>(state.State.ChildContactId);

    private void EnsureRegistered()
    {
        if (!state.State.IsRegistered)
        {
            throw new ChildNotFoundException(ChildId);
        }
    }

    private ChildSnapshot Snapshot() => new(
        ChildId,
        state.State.DisplayName,
        state.State.ChildContactId,
        state.State.Concerns.Where(c => c.Status == ConcernStatus.Open).ToArray(),
        state.State.Version);
}
