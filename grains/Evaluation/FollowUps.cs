using BackaBarnet.Live.GrainInterfaces.Assessments;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Evaluation;
using BackaBarnet.Live.GrainInterfaces.FollowUp;
using BackaBarnet.Live.GrainInterfaces.Plans;
using BackaBarnet.Live.Grains.Children;

namespace BackaBarnet.Live.Grains.Evaluation;

/// <summary>Builds a child's follow-up from its record as of <c>today</c>.</summary>
internal static class FollowUps
{
    public static ChildFollowUp From(Guid childId, ChildState state, DateOnly today)
    {
        // Date order; assessments made the same day keep the order they were recorded in.
        var assessments = state.Assessments.Select((a, i) => (a, i)).OrderBy(x => x.a.AssessedOn).ThenBy(x => x.i).Select(x => x.a).ToArray();
        var team = state.Assessments
            .Where(a => a.Rater == RaterKind.TeamConsensus)
            .Select(a => new TeamAssessmentFact(a.AssessedOn, a.IsBaseline, a.Ratings.ToDictionary(r => r.Area, r => r.Value)))
            .ToArray();
        var baseline = state.Assessments.FirstOrDefault(a => a.IsBaseline);
        var areas = NeedsAreas.All.Select(area => Area(area, assessments, team, baseline)).ToArray();
        return new ChildFollowUp(childId, state.DisplayName, baseline, assessments, areas, state.Plan.Actions.ToArray(), Status(state, assessments, today), state.Version);
    }

    private static AreaFollowUp Area(NeedsArea area, AssessmentView[] assessments, TeamAssessmentFact[] team, AssessmentView? baseline)
    {
        var timeline = assessments
            .SelectMany(a => a.Ratings.Where(r => r.Area == area).Select(r => new AreaPoint(a.AssessedOn, a.Rater, r.Value, a.IsBaseline)))
            .ToArray();
        int? ValueOf(AssessmentView? a) => a?.Ratings.FirstOrDefault(r => r.Area == area)?.Value;
        var change = BaselineChange.Of(team, area, DateOnly.MaxValue);
        var fromBaseline = ValueOf(baseline);
        var current = change is { } c && fromBaseline is { } b ? b + c : fromBaseline;
        var childLatest = timeline.LastOrDefault(p => p.Rater == RaterKind.Child)?.Value;
        return new AreaFollowUp(area, fromBaseline, current, change, childLatest, timeline);
    }

    private static FollowUpStatus Status(ChildState state, AssessmentView[] assessments, DateOnly today)
    {
        var next = state.Plan.Details.NextFollowUp;
        var overdue = state.Plan.Actions
            .Where(a => a.Due is { } due && due < today && a.Status is PlanActionStatus.Planned or PlanActionStatus.Active)
            .ToArray();
        var last = assessments.Length == 0 ? (DateOnly?)null : assessments.Max(a => a.AssessedOn);
        return new FollowUpStatus(today, next, next is { } n && n < today, overdue, last, last is { } l ? today.DayNumber - l.DayNumber : null);
    }
}
