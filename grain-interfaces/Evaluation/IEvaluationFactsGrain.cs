namespace BackaBarnet.Live.GrainInterfaces.Evaluation;

/// <summary>
/// One shard of the anonymous fact table behind the pilot statistics (see
/// <see cref="EvaluationShards"/>). A child's facts replace its earlier ones, so a change costs
/// one row, and sending the same facts twice changes nothing.
/// </summary>
[Alias("bb.IEvaluationFactsGrain")]
public interface IEvaluationFactsGrain : IGrainWithIntegerKey
{
    /// <summary>Keeps <paramref name="facts"/> unless the shard already holds a newer version for the child.</summary>
    [Alias("Record")]
    Task RecordAsync(Guid childId, ChildFacts facts);

    /// <summary>The facts without the children's ids: all the statistics need.</summary>
    [Alias("GetFacts")]
    Task<IReadOnlyList<ChildFacts>> GetFactsAsync();

    /// <summary>The children this shard knows, for a full rebuild. Used inside the silos only.</summary>
    [Alias("GetChildIds")]
    Task<IReadOnlyList<Guid>> GetChildIdsAsync();
}
