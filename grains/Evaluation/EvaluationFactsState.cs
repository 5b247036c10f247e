using BackaBarnet.Live.GrainInterfaces.Evaluation;

namespace BackaBarnet.Live.Grains.Evaluation;

/// <summary>One shard of the fact table. Add members at the end; old rows must still read.</summary>
[GenerateSerializer, Alias("bb.EvaluationFactsState")]
public sealed class EvaluationFactsState
{
    [Id(0)]
    public Dictionary<Guid, ChildFacts> Children { get; set; } = [];
}
