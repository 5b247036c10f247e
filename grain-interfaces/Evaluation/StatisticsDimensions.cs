using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Identity;

namespace BackaBarnet.Live.GrainInterfaces.Evaluation;

/// <summary>The ways figures are broken down, and the group each child falls in.</summary>
public static class StatisticsDimensions
{
    public const string All = "all";
    public const string Unit = "unit";
    public const string AgeBand = "ageBand";
    public const string Gender = "gender";

    /// <summary>A unit not in the organisation's list (or none recorded).</summary>
    public const string UnknownUnit = "unknown";

    /// <summary>No personnummer yet, so no age.</summary>
    public const string UnknownAgeBand = "Unknown";

    public static IReadOnlyList<string> Breakdowns { get; } = [Unit, AgeBand, Gender];

    /// <summary>Every group of a dimension, always all of them, so which groups appear says nothing.</summary>
    public static IReadOnlyList<string> Groups(string dimension, StatisticsQuery query) => dimension switch
    {
        Unit => [.. query.Units.Distinct(), UnknownUnit],
        AgeBand => [.. Enum.GetNames<AgeBand>(), UnknownAgeBand],
        Gender => Enum.GetNames<ChildGender>(),
        _ => [All],
    };

    public static string GroupOf(string dimension, EvaluationGroup group, ChildGender gender, StatisticsQuery query) => dimension switch
    {
        Unit => group.Unit is { } unit && query.Units.Contains(unit) ? unit : UnknownUnit,
        AgeBand => group.AgeBand?.ToString() ?? UnknownAgeBand,
        Gender => gender.ToString(),
        _ => All,
    };

    /// <summary>Whether a child in this group passes the query's filters.</summary>
    public static bool Matches(StatisticsQuery query, EvaluationGroup group, ChildGender gender) =>
        (query.Unit is null || GroupOf(Unit, group, gender, query) == query.Unit)
        && (query.AgeBand is null || group.AgeBand == query.AgeBand)
        && (query.Gender is null || gender == query.Gender);
}
