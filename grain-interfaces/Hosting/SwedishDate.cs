namespace BackaBarnet.Live.GrainInterfaces.Hosting;

/// <summary>"Today" as Swedish professionals mean it: the calendar date in Sweden, not in UTC.</summary>
public static class SwedishDate
{
    private static readonly TimeZoneInfo Sweden = FindSweden();

    public static DateOnly Today(TimeProvider time) => DateOf(time.GetUtcNow());

    /// <summary>The Swedish calendar date of an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Sweden).DateTime);

    /// <summary>The Swedish wall-clock time of an instant.</summary>
    public static TimeOnly TimeOf(DateTimeOffset instant) => TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Sweden).DateTime);

    public static DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Sweden).DateTime;

    /// <summary>That Swedish wall-clock time on that date, as an instant.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time);
        return new DateTimeOffset(local, Sweden.GetUtcOffset(local));
    }

    private static TimeZoneInfo FindSweden()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");
        }
        catch (TimeZoneNotFoundException)
        {
            // A host without tz data: UTC is at most two hours off around midnight.
            return TimeZoneInfo.Utc;
        }
    }
}
