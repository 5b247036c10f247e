using BackaBarnet.Live.GrainInterfaces.Hosting;

namespace BackaBarnet.Live.GrainInterfaces.Calendar;

/// <summary>
/// Deadlines counted in Swedish working days: "one working day after Friday 15:00" is Monday
/// 15:00, and a public holiday in between moves it one day further. Reckoned on the Swedish
/// wall clock, so a change to or from summer time does not shift the hour.
/// </summary>
public static class WorkingTime
{
    /// <summary>The same Swedish wall-clock time <paramref name="workingDays"/> working days after <paramref name="from"/>.</summary>
    public static DateTimeOffset AddWorkingDays(DateTimeOffset from, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var local = SwedishDate.Local(from);
        var date = DateOnly.FromDateTime(local);
        for (var counted = 0; counted < workingDays;)
        {
            date = date.AddDays(1);
            if (SwedishHolidays.IsWorkingDay(date))
            {
                counted++;
            }
        }

        return SwedishDate.At(date, TimeOnly.FromDateTime(local));
    }
}
