using System.Globalization;
using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Evaluation;
using BackaBarnet.Live.GrainInterfaces.Hosting;
using BackaBarnet.Live.GrainInterfaces.Identity;
using BackaBarnet.Live.Web.Auth;

namespace BackaBarnet.Live.Web.Evaluation;

/// <summary>
/// The query string of the statistics endpoints, read by hand so a bad value is refused naming
/// the parameter. Without a period: the last twelve months up to today.
/// </summary>
public sealed record StatisticsRequest(string? From, string? To, string? Unit, string? AgeBand, string? Gender)
{
    public StatisticsQuery ToQuery(ProfessionalDirectory directory, TimeProvider time)
    {
        // The facts are dated in Swedish time; a UTC "today" left the last hour(s) of a Swedish day out.
        var today = SwedishDate.Today(time);
        var to = Date("to", To) ?? today;
        var from = Date("from", From) ?? to.AddYears(-1).AddDays(1);
        return StatisticsQueryRules.Validate(new StatisticsQuery(
            from, to, directory.ChildUnits, Blank(Unit), Parse<AgeBand>("ageBand", AgeBand), Parse<ChildGender>("gender", Gender)));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static DateOnly? Date(string field, string? value) =>
        Blank(value) is not { } text ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw new DomainRuleException(field, $"'{text}' is not a date (yyyy-MM-dd).");

    private static T? Parse<T>(string field, string? value)
        where T : struct, Enum =>
        Blank(value) is not { } text ? null
        : Enum.TryParse<T>(text, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !char.IsDigit(text[0]) ? parsed
        : throw new DomainRuleException(field, $"'{text}' is not one of {string.Join(", ", Enum.GetNames<T>())}.", ErrorCodes.FieldUnknownValue);
}
