using BackaBarnet.Live.Web.Auth;
using BackaBarnet.Live.Web.Evaluation;

namespace BackaBarnet.Live.Web.Tests;

/// <summary>The default period ends on today's date in Sweden, where the facts are dated.</summary>
public sealed class StatisticsPeriodTests
{
    [Fact]
    public void WithoutAPeriodTheLastTwelveMonthsEndOnTheSwedishDateNotTheUtcOne()
    {
        // 23:30 UTC on 23 November is already 24 November in Sweden: a concern raised then is dated the 24th.
        var lateEvening = new FixedTime(new DateTimeOffset(2026, 11, 23, 23, 30, 0, TimeSpan.Zero));

        var query = new StatisticsRequest(null, null, null, null, null).ToQuery(new ProfessionalDirectory([]), lateEvening);

        Assert.Equal(new DateOnly(2026, 11, 24), query.To);
        Assert.Equal(new DateOnly(2025, 11, 25), query.From);
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
