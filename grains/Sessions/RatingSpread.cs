using BackaBarnet.Live.GrainInterfaces.Assessments;
using BackaBarnet.Live.GrainInterfaces.Sessions;

namespace BackaBarnet.Live.Grains.Sessions;

internal static class RatingSpread
{
    /// <summary>Ratings two or more steps apart are shown as a disagreement to talk about.</summary>
    public const int DisagreementGap = 2;

    public static IReadOnlyList<AreaSpread> Of(IEnumerable<IEnumerable<AreaRating>> ratings) =>
        ratings
            .SelectMany(r => r)
            .GroupBy(r => r.Area)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var values = g.Select(r => r.Value).ToArray();
                return new AreaSpread(g.Key, values.Length, values.Min(), values.Max(), Math.Round(values.Average(), 2), values.Max() - values.Min() >= DisagreementGap);
            })
            .ToArray();
}
