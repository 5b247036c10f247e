using BackaBarnet.Live.GrainInterfaces.Evaluation;
using BackaBarnet.Live.Grains.Evaluation;

namespace BackaBarnet.Live.Grains.Children;

/// <summary>The child's part in the pilot statistics: anonymous facts, sent after every change.</summary>
internal sealed partial class ChildGrain
{
    public Task<ChildFacts> GetEvaluationFactsAsync()
    {
        EnsureRegistered();
        return Task.FromResult(EvaluationFacts.From(state.State));
    }

    public Task<GrainInterfaces.FollowUp.ChildFollowUp> GetFollowUpAsync()
    {
        EnsureRegistered();
        return Task.FromResult(FollowUps.From(ChildId, state.State, Today));
    }

    /// <summary>
    /// Runs after the change is persisted. The facts replace the child's earlier ones, so a call
    /// lost here is made good by the next change or a rebuild. The shard keeps them in memory and
    /// stores them shortly after, so this costs a grain call, not a storage write.
    /// </summary>
    private Task ShareEvaluationFactsAsync() =>
        GrainFactory.GetGrain<IEvaluationFactsGrain>(EvaluationShards.For(ChildId)).RecordAsync(ChildId, EvaluationFacts.From(state.State));
}
