using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Evaluation;
using BackaBarnet.Live.GrainInterfaces.Identity;

namespace BackaBarnet.Live.Grains.Tests.Evaluation;

public sealed class SmallCellSuppressionTests
{
    [Fact]
    public void AUnitWithFewerThanFiveChildrenIsHiddenAndSoIsAnotherSoTheTotalDoesNotGiveItAway()
    {
        var facts = Facts.Many(10, _ => Facts.ConcernIn("Enhet A"))
            .Concat(Facts.Many(3, _ => Facts.ConcernIn("Enhet B")))
            .Concat(Facts.Many(8, _ => Facts.ConcernIn("Enhet C")))
            .ToArray();

        var statistics = PilotStatisticsCalculator.Compute(facts, Facts.Year);

        Assert.Equal(21, statistics.Cell(Measures.ConcernsRaised, "all", "all").Value);
        Assert.Equal(10, statistics.Cell(Measures.ConcernsRaised, "unit", "Enhet A").Value);
        Assert.True(statistics.Cell(Measures.ConcernsRaised, "unit", "Enhet B").Suppressed);
        Assert.Null(statistics.Cell(Measures.ConcernsRaised, "unit", "Enhet B").Value);
        // Total 21 minus A's 10 would give B's 3 if C (8) were shown: so C is hidden too.
        Assert.True(statistics.Cell(Measures.ConcernsRaised, "unit", "Enhet C").Suppressed);
        AssertNoHiddenCellIsRecoverableFromTheTotals(statistics);
    }

    [Fact]
    public void TheSubtractionAttackFindsNoSmallCellInAnyTableOfAMixedPilot()
    {
        var random = new Random(20261123);
        var genders = Enum.GetValues<ChildGender>();
        var bands = new[] { AgeBand.ZeroToSix, AgeBand.SevenToTwelve, AgeBand.ThirteenToEighteen };
        var facts = Facts.Many(60, _ => Facts.ConcernIn(
                Facts.Units[random.Next(Facts.Units.Count)],
                genders[random.Next(genders.Length)],
                bands[random.Next(bands.Length)],
                random.Next(1, 100),
                new PlanFacts(random.Next(3) > 0, random.Next(2) == 0, random.Next(2) == 0, random.Next(2) == 0, random.Next(4) == 0)))
            .ToArray();

        var statistics = PilotStatisticsCalculator.Compute(facts, Facts.Year);

        Assert.Contains(statistics.Cells, c => c.Suppressed);
        Assert.Contains(statistics.Cells, c => !c.Suppressed && c.Dimension != "all");
        AssertNoHiddenCellIsRecoverableFromTheTotals(statistics);
        Assert.All(statistics.Cells.Where(c => c.Statistic == Measures.Children && !c.Suppressed), c => Assert.True(c.Value >= SmallCellSuppression.MinimumCellSize));
    }

    [Fact]
    public void AShareIsHiddenWhenFewerThanFiveChildrenAreLeftOutOfIt()
    {
        var withPlan = new PlanFacts(true, false, false, false, false);
        var facts = Facts.Many(9, _ => Facts.ConcernIn("Enhet A", plan: withPlan)).Append(Facts.ConcernIn("Enhet A")).ToArray();

        var statistics = PilotStatisticsCalculator.Compute(facts, Facts.Year);

        // Nine of ten have a plan: showing 9 beside 10 active would single out the one without.
        Assert.Equal(10, statistics.Cell(Measures.ActiveChildren, "all", "all").Value);
        Assert.True(statistics.Cell(Measures.ChildrenWithPlan, "all", "all").Suppressed);
        Assert.True(statistics.Cell(Measures.ChildrenWithPlan, "all", "all", Measures.Share).Suppressed);
    }

    [Fact]
    public void FiltersNarrowTheFiguresAndASmallFilteredTotalHidesEverything()
    {
        var facts = Facts.Many(7, _ => Facts.ConcernIn("Enhet A", ChildGender.Girl))
            .Concat(Facts.Many(2, _ => Facts.ConcernIn("Enhet A", ChildGender.Boy)))
            .ToArray();

        var girls = PilotStatisticsCalculator.Compute(facts, Facts.Year with { Gender = ChildGender.Girl });
        var boys = PilotStatisticsCalculator.Compute(facts, Facts.Year with { Gender = ChildGender.Boy });

        Assert.Equal(7, girls.Cell(Measures.ConcernsRaised, "all", "all").Value);
        Assert.All(boys.Cells.Where(c => c.Measure == Measures.ConcernsRaised), c => Assert.True(c.Suppressed));
    }

    [Fact]
    public void MedianAndNinetiethPercentileOfHoursToAcknowledgementUseNearestRank()
    {
        var facts = new double[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 50 }.Select(h => Facts.ConcernIn("Enhet A", hours: h)).ToArray();

        var statistics = PilotStatisticsCalculator.Compute(facts, Facts.Year);

        Assert.Equal(5, statistics.Cell(Measures.AcknowledgementTime, "all", "all", Measures.MedianHours).Value);
        Assert.Equal(9, statistics.Cell(Measures.AcknowledgementTime, "all", "all", Measures.P90Hours).Value);
    }

    [Fact]
    public void AnUnknownFilterValueIsRefusedNamingTheField()
    {
        var error = Assert.Throws<GrainInterfaces.Domain.DomainRuleException>(
            () => PilotStatisticsCalculator.Compute([], Facts.Year with { Unit = "Enhet Z" }));

        Assert.Equal("unit", error.Field);
    }

    /// <summary>
    /// The attack: for every table, total minus the shown parts. What is left must be nothing,
    /// or a sum over at least two hidden cells that hold at least five children together.
    /// </summary>
    private static void AssertNoHiddenCellIsRecoverableFromTheTotals(PilotStatistics statistics)
    {
        var totals = statistics.Cells.Where(c => c.Dimension == "all" && c.Statistic == Measures.Children && !c.Suppressed);
        foreach (var total in totals)
        {
            foreach (var dimension in StatisticsDimensions.Breakdowns)
            {
                var parts = statistics.Cells.Where(c => c.Measure == total.Measure && c.Dimension == dimension && c.Statistic == Measures.Children).ToArray();
                var hidden = parts.Count(p => p.Suppressed);
                var leftOver = total.Value!.Value - parts.Where(p => !p.Suppressed).Sum(p => p.Value!.Value);
                Assert.True(hidden != 1, $"{total.Measure} by {dimension}: one hidden cell equals the total minus the rest ({leftOver}).");
                Assert.True(hidden == 0 || leftOver >= SmallCellSuppression.MinimumCellSize, $"{total.Measure} by {dimension}: the hidden cells hold only {leftOver}.");
            }
        }
    }
}
