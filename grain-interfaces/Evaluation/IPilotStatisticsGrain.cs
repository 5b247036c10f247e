namespace BackaBarnet.Live.GrainInterfaces.Evaluation;

/// <summary>Anonymized pilot statistics over the fact table; only protected aggregates leave it.</summary>
[Alias("bb.IPilotStatisticsGrain")]
public interface IPilotStatisticsGrain : IGrainWithIntegerKey
{
    [Alias("Get")]
    Task<PilotStatistics> GetAsync(StatisticsQuery query);

    /// <summary>Re-derives every known child's facts from its record (after a definition changes).</summary>
    /// <returns>How many children were re-read.</returns>
    [Alias("Rebuild")]
    Task<int> RebuildAsync();
}
