using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Domain;

namespace BackaBarnet.Live.GrainInterfaces.Evaluation;

public static class StatisticsQueryRules
{
    public const int MaxPeriodDays = 366 * 5;

    public static StatisticsQuery Validate(StatisticsQuery query)
    {
        if (query.To < query.From)
        {
            throw new DomainRuleException("to", "must not be before from.");
        }

        if (query.To.DayNumber - query.From.DayNumber > MaxPeriodDays)
        {
            throw new DomainRuleException("to", $"the period must be at most {MaxPeriodDays} days.");
        }

        if (query.AgeBand is { } band)
        {
            DefinedEnum.Validate("ageBand", band);
        }

        if (query.Gender is { } gender)
        {
            DefinedEnum.Validate<ChildGender>("gender", gender);
        }

        if (query.Unit is { } unit && unit != StatisticsDimensions.UnknownUnit && !query.Units.Contains(unit))
        {
            throw new DomainRuleException("unit", $"'{unit}' is not a unit; use one of {string.Join(", ", query.Units)} or {StatisticsDimensions.UnknownUnit}.");
        }

        return query;
    }
}
