namespace BackaBarnet.Live.Grains.Hosting;

/// <summary>"Today" as Swedish professionals mean it: the calendar date in Sweden, not in UTC.</summary>
public static class SwedishDate
{
    private static readonly TimeZoneInfo Sweden = FindSweden();

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Sweden).DateTime);

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
