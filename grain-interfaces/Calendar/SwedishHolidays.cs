namespace BackaBarnet.Live.GrainInterfaces.Calendar;

/// <summary>
/// The days a Swedish office is closed besides Saturdays and Sundays: the public holidays of
/// lagen (1989:253) om allmänna helgdagar, and midsommarafton, julafton and nyårsafton, which
/// the semesterlag and most agreements treat as Sundays. Computed per year, so no table needs
/// updating: Easter by the Gregorian computus, midsummer and All Saints by their Saturday rules.
/// </summary>
public static class SwedishHolidays
{
    public static bool IsHoliday(DateOnly date)
    {
        var easter = EasterSunday(date.Year);
        var midsummerDay = SaturdayBetween(date.Year, 6, 20);
        var allSaintsDay = SaturdayBetween(date.Year, 10, 31);
        return (date.Month, date.Day) is (1, 1) or (1, 6) or (5, 1) or (6, 6) or (12, 24) or (12, 25) or (12, 26) or (12, 31)
            || date == easter.AddDays(-2)   // långfredagen
            || date == easter
            || date == easter.AddDays(1)    // annandag påsk
            || date == easter.AddDays(39)   // Kristi himmelsfärds dag
            || date == easter.AddDays(49)   // pingstdagen
            || date == midsummerDay.AddDays(-1)
            || date == midsummerDay
            || date == allSaintsDay;
    }

    public static bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsHoliday(date);

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous "Meeus/Jones/Butcher" computus).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>The Saturday in the seven days from the given date (midsommardagen: 20–26 June; alla helgons dag: 31 Oct–6 Nov).</summary>
    private static DateOnly SaturdayBetween(int year, int month, int firstDay)
    {
        var first = new DateOnly(year, month, firstDay);
        return first.AddDays(((int)DayOfWeek.Saturday - (int)first.DayOfWeek + 7) % 7);
    }
}
