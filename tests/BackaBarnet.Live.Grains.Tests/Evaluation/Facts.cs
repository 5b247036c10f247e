using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Evaluation;
using BackaBarnet.Live.GrainInterfaces.Identity;

namespace BackaBarnet.Live.Grains.Tests.Evaluation;

/// <summary>Hand-made anonymous facts for the pure statistics tests.</summary>
internal static class Facts
{
    public static readonly DateOnly Day = new(2026, 3, 10);

    public static readonly IReadOnlyList<string> Units = ["Enhet A", "Enhet B", "Enhet C"];

    public static StatisticsQuery Year => new(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), Units);

    /// <summary>A child with one concern (acknowledged after <paramref name="hours"/>) in <paramref name="unit"/>.</summary>
    public static ChildFacts ConcernIn(string unit, ChildGender gender = ChildGender.Girl, AgeBand band = AgeBand.SevenToTwelve, double? hours = 2, PlanFacts? plan = null)
    {
        var group = new EvaluationGroup(unit, band);
        return new ChildFacts(
            3,
            gender,
            [new(EvaluationEventKind.Activity, Day, group), new(EvaluationEventKind.ConcernRaised, Day, group, hours)],
            [],
            plan ?? new PlanFacts(false, false, false, false, false));
    }

    public static IEnumerable<ChildFacts> Many(int count, Func<int, ChildFacts> make) => Enumerable.Range(0, count).Select(make);

    public static StatisticsCell Cell(this PilotStatistics statistics, string measure, string dimension, string group, string statistic = Measures.Children) =>
        statistics.Cells.Single(c => c.Measure == measure && c.Dimension == dimension && c.Group == group && c.Statistic == statistic);
}
