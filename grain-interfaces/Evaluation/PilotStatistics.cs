namespace BackaBarnet.Live.GrainInterfaces.Evaluation;

/// <summary>The protected answer: the query it answers, the suppression threshold and the cells.</summary>
[GenerateSerializer, Alias("bb.PilotStatistics")]
public sealed record PilotStatistics(StatisticsQuery Query, int MinimumCellSize, IReadOnlyList<StatisticsCell> Cells);
