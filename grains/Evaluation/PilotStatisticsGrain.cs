using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Evaluation;
using Orleans.Concurrency;

namespace BackaBarnet.Live.Grains.Evaluation;

/// <summary>
/// Reads the fact shards and computes the protected figures. Stateless, so any silo answers and
/// the raw facts never leave the silos: only cells go out.
/// </summary>
[StatelessWorker]
internal sealed class PilotStatisticsGrain : Grain, IPilotStatisticsGrain
{
    public async Task<PilotStatistics> GetAsync(StatisticsQuery query)
    {
        StatisticsQueryRules.Validate(query);
        var shards = await Task.WhenAll(EvaluationShards.All.Select(s => GrainFactory.GetGrain<IEvaluationFactsGrain>(s).GetFactsAsync()));
        return PilotStatisticsCalculator.Compute(shards.SelectMany(f => f).ToArray(), query);
    }

    /// <summary>
    /// Asks every child the shards know for its facts as the current definitions derive them. Every
    /// child is known: registration sends the first facts.
    /// </summary>
    public async Task<int> RebuildAsync()
    {
        var count = 0;
        foreach (var shard in EvaluationShards.All.Select(s => GrainFactory.GetGrain<IEvaluationFactsGrain>(s)))
        {
            foreach (var childId in await shard.GetChildIdsAsync())
            {
                await shard.RecordAsync(childId, await GrainFactory.GetGrain<IChildGrain>(childId).GetEvaluationFactsAsync());
                count++;
            }
        }

        return count;
    }
}
