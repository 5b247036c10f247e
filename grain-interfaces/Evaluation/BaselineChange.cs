using BackaBarnet.Live.GrainInterfaces.Domain;

namespace BackaBarnet.Live.GrainInterfaces.Evaluation;

/// <summary>
/// Change in one area since the baseline (the first team consensus): the latest later team
/// assessment that rates the area, minus the baseline's value. Null without both.
/// </summary>
public static class BaselineChange
{
    public static int? Of(IReadOnlyList<TeamAssessmentFact> assessments, NeedsArea area, DateOnly until)
    {
        var baseline = assessments.FirstOrDefault(a => a.IsBaseline && a.AssessedOn <= until);
        if (baseline is null || !baseline.Values.TryGetValue(area, out var from))
        {
            return null;
        }

        var latest = assessments
            .Where(a => !a.IsBaseline && a.AssessedOn >= baseline.AssessedOn && a.AssessedOn <= until && a.Values.ContainsKey(area))
            .Select((a, order) => (a, order))
            .OrderBy(x => x.a.AssessedOn).ThenBy(x => x.order)
            .Select(x => x.a)
            .LastOrDefault();
        return latest is null ? null : latest.Values[area] - from;
    }
}
