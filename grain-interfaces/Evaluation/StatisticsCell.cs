namespace BackaBarnet.Live.GrainInterfaces.Evaluation;

/// <summary>
/// One figure: a statistic of a measure for one group of one dimension ("all"/"alla" is the
/// total). <paramref name="Value"/> is null when <paramref name="Suppressed"/>.
/// </summary>
[GenerateSerializer, Alias("bb.StatisticsCell")]
public sealed record StatisticsCell(string Measure, string Dimension, string Group, string Statistic, double? Value, bool Suppressed);
