using BackaBarnet.Live.GrainInterfaces.Evaluation;
using BackaBarnet.Live.Grains.Hosting;
using Orleans.Serialization;

namespace BackaBarnet.Live.Grains.Evaluation;

internal sealed class EvaluationFactsGrain(
    [PersistentState("evaluation", StorageNames.Records)] IPersistentState<EvaluationFactsState> state,
    Serializer<ChildFacts> serializer) : Grain, IEvaluationFactsGrain
{
    public async Task RecordAsync(Guid childId, ChildFacts facts)
    {
        if (state.State.Children.TryGetValue(childId, out var known))
        {
            // A rebuild and a live change may cross: the higher record version is the newer truth.
            if (known.RecordVersion > facts.RecordVersion)
            {
                return;
            }

            // Most changes on a day leave the facts as they were (activity is kept per day): no write.
            if (SameContent(known, facts with { RecordVersion = known.RecordVersion }))
            {
                return;
            }
        }

        state.State.Children[childId] = facts;
        await state.WriteOrDeactivateAsync(this);
    }

    public Task<IReadOnlyList<ChildFacts>> GetFactsAsync() =>
        Task.FromResult<IReadOnlyList<ChildFacts>>(state.State.Children.Values.ToArray());

    public Task<IReadOnlyList<Guid>> GetChildIdsAsync() =>
        Task.FromResult<IReadOnlyList<Guid>>(state.State.Children.Keys.ToArray());

    /// <summary>Records holding lists compare by reference; their serialized bytes compare by content.</summary>
    private bool SameContent(ChildFacts a, ChildFacts b) => serializer.SerializeToArray(a).AsSpan().SequenceEqual(serializer.SerializeToArray(b));
}
