using BackaBarnet.Live.GrainInterfaces.Evaluation;
using BackaBarnet.Live.Grains.Hosting;

namespace BackaBarnet.Live.Grains.Evaluation;

internal sealed class EvaluationFactsGrain(
    [PersistentState("evaluation", StorageNames.Records)] IPersistentState<EvaluationFactsState> state) : Grain, IEvaluationFactsGrain
{
    public async Task RecordAsync(Guid childId, ChildFacts facts)
    {
        // A rebuild and a live change may cross: the higher record version is the newer truth.
        if (state.State.Children.TryGetValue(childId, out var known) && known.RecordVersion > facts.RecordVersion)
        {
            return;
        }

        state.State.Children[childId] = facts;
        await state.WriteOrDeactivateAsync(this);
    }

    public Task<IReadOnlyList<ChildFacts>> GetFactsAsync() =>
        Task.FromResult<IReadOnlyList<ChildFacts>>(state.State.Children.Values.ToArray());

    public Task<IReadOnlyList<Guid>> GetChildIdsAsync() =>
        Task.FromResult<IReadOnlyList<Guid>>(state.State.Children.Keys.ToArray());
}
