using BackaBarnet.Live.GrainInterfaces.Domain;

namespace BackaBarnet.Live.GrainInterfaces.Evaluation;

/// <summary>
/// Turns the anonymous fact table into protected figures for one query. Pure: the same facts and
/// query always give the same cells, which is what lets an incrementally kept table be checked
/// against a full rebuild.
/// </summary>
public static class PilotStatisticsCalculator
{
    public static PilotStatistics Compute(IReadOnlyList<ChildFacts> children, StatisticsQuery query)
    {
        StatisticsQueryRules.Validate(query);
        var status = StatusContributions(children, query);
        var active = new MeasureTable(Measures.ActiveChildren, status.Select(s => s.Contribution).ToArray(), query, null);
        var withPlan = Subset(Measures.ChildrenWithPlan, status, s => s.Facts.Plan.HasPlan, query, active);
        var needing = Subset(Measures.PlansNeedingCoordinator, status, s => s.Facts.Plan.NeedsCoordinator, query, active);
        var tables = new List<MeasureTable>
        {
            new(Measures.ConcernsRaised, EventContributions(children, query, EvaluationEventKind.ConcernRaised, timed: false), query, null),
            new(Measures.AcknowledgementTime, EventContributions(children, query, EvaluationEventKind.ConcernRaised, timed: true), query, null),
            new(Measures.MeetingsHeld, EventContributions(children, query, EvaluationEventKind.MeetingHeld, timed: false), query, null),
            active,
            withPlan,
            needing,
            Subset(Measures.CoordinatorWhenNeeded, status, s => s.Facts.Plan is { NeedsCoordinator: true, HasCoordinator: true }, query, needing),
            Subset(Measures.ChildViewRecorded, status, s => s.Facts.Plan is { HasPlan: true, ChildViewRecorded: true }, query, withPlan),
            Subset(Measures.InSipOrBus, status, s => s.Facts.Plan.InSipOrBus, query, active),
        };
        tables.AddRange(NeedsAreas.All.Select(area => new MeasureTable(Measures.ChangeIn(area), ChangeContributions(status, area, query.To), query, null)));
        return new PilotStatistics(query, SmallCellSuppression.MinimumCellSize, tables.SelectMany(StatisticsCells.Of).ToArray());
    }

    private static MeasureTable Subset(string name, IEnumerable<ChildStatus> status, Func<ChildStatus, bool> condition, StatisticsQuery query, MeasureTable baseTable) =>
        new(name, status.Where(condition).Select(s => s.Contribution).ToArray(), query, baseTable);

    /// <summary>One contribution per child and group the child had such events in during the period.</summary>
    private static Contribution[] EventContributions(IReadOnlyList<ChildFacts> children, StatisticsQuery query, EvaluationEventKind kind, bool timed) =>
        children.SelectMany((child, index) => child.Events
            .Where(e => e.Kind == kind && InPeriod(e.On, query) && (!timed || e.HoursToAcknowledge is not null))
            .Where(e => StatisticsDimensions.Matches(query, e.Group, child.Gender))
            .GroupBy(e => e.Group)
            .Select(g => new Contribution(index, g.Key, child.Gender, g.Sum(e => e.Count), timed ? g.SelectMany(e => Enumerable.Repeat(e.HoursToAcknowledge!.Value, e.Count)).ToArray() : null)))
            .ToArray();

    /// <summary>
    /// Children active in the period (anything recorded), each in the group it was in at its last
    /// activity in the period: the population for the plan, forum and change measures.
    /// </summary>
    private static ChildStatus[] StatusContributions(IReadOnlyList<ChildFacts> children, StatisticsQuery query) =>
        children.Select((child, index) => (child, index, last: child.Events
                .Where(e => e.Kind == EvaluationEventKind.Activity && InPeriod(e.On, query))
                .OrderBy(e => e.On)
                .LastOrDefault()))
            .Where(x => x.last is not null && StatisticsDimensions.Matches(query, x.last.Group, x.child.Gender))
            .Select(x => new ChildStatus(x.child, new Contribution(x.index, x.last!.Group, x.child.Gender)))
            .ToArray();

    private static Contribution[] ChangeContributions(IEnumerable<ChildStatus> status, NeedsArea area, DateOnly until) =>
        status.Select(s => s.Contribution with { Change = BaselineChange.Of(s.Facts.TeamAssessments, area, until) })
            .Where(c => c.Change is not null)
            .ToArray();

    private static bool InPeriod(DateOnly day, StatisticsQuery query) => day >= query.From && day <= query.To;

    private sealed record ChildStatus(ChildFacts Facts, Contribution Contribution);
}
