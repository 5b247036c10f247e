using BackaBarnet.Live.GrainInterfaces.Calendar;

namespace BackaBarnet.Live.Grains.Tests.Domain;

public sealed class WorkingTimeTests
{
    [Fact]
    public void FridayAtThreePlusOneWorkingDayIsMondayAtThree() =>
        Assert.Equal(Swedish(2026, 12, 7, 15), WorkingTime.AddWorkingDays(Swedish(2026, 12, 4, 15), 1));

    [Fact]
    public void APublicHolidayOnTheMondayIsSkipped() =>
        // Annandag jul 2022 was a Monday.
        Assert.Equal(Swedish(2022, 12, 27, 15), WorkingTime.AddWorkingDays(Swedish(2022, 12, 23, 15), 1));

    [Fact]
    public void EasterIsSkippedFromGoodFridayToEasterMonday() =>
        Assert.Equal(Swedish(2026, 4, 7, 9), WorkingTime.AddWorkingDays(Swedish(2026, 4, 2, 9), 1));

    [Fact]
    public void TheHourStaysOnTheSwedishClockAcrossTheChangeToSummerTime()
    {
        var monday = WorkingTime.AddWorkingDays(Swedish(2026, 3, 27, 15), 1);
        Assert.Equal(Swedish(2026, 3, 30, 15), monday);
        Assert.Equal(TimeSpan.FromHours(2), monday.Offset);
    }

    [Theory]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)]
    public void EasterSundayFollowsTheGregorianComputus(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), SwedishHolidays.EasterSunday(year));

    [Theory]
    [InlineData(2026, 1, 1)]   // nyårsdagen
    [InlineData(2026, 1, 6)]   // trettondedag jul
    [InlineData(2026, 4, 3)]   // långfredagen
    [InlineData(2026, 4, 6)]   // annandag påsk
    [InlineData(2026, 5, 1)]   // första maj
    [InlineData(2026, 5, 14)]  // Kristi himmelsfärds dag
    [InlineData(2026, 6, 19)]  // midsommarafton (Friday before the Saturday 20–26 June)
    [InlineData(2027, 6, 25)]  // midsommarafton 2027
    [InlineData(2027, 6, 26)]  // midsommardagen 2027
    [InlineData(2027, 11, 6)]  // alla helgons dag 2027 (the Saturday 31 Oct–6 Nov)
    [InlineData(2026, 12, 24)] // julafton
    [InlineData(2026, 12, 31)] // nyårsafton
    public void HolidaysAreNotWorkingDays(int year, int month, int day)
    {
        var date = new DateOnly(year, month, day);
        Assert.True(SwedishHolidays.IsHoliday(date), $"{date} is a holiday");
        Assert.False(SwedishHolidays.IsWorkingDay(date));
    }

    [Theory]
    [InlineData(2026, 5, 25)]  // annandag pingst: no longer a holiday since 2005
    [InlineData(2026, 6, 18)]  // the Thursday before midsommarafton
    [InlineData(2026, 12, 4)]  // an ordinary Friday
    [InlineData(2027, 11, 5)]  // the Friday before alla helgons dag
    public void OrdinaryWeekdaysAreWorkingDays(int year, int month, int day) =>
        Assert.True(SwedishHolidays.IsWorkingDay(new DateOnly(year, month, day)));

    private static DateTimeOffset Swedish(int year, int month, int day, int hour) =>
        GrainInterfaces.Hosting.SwedishDate.At(new DateOnly(year, month, day), new TimeOnly(hour, 0));
}
