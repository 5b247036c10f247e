using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Identity;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace BackaBarnet.Live.Grains.Tests.Domain;

/// <summary>
/// Apart from the wrong-check-digit cases, every well-shaped number here has its check digit computed
/// with Luhn over YYMMDDNNN, so each refusal tests the rule it names and not an accidental check digit.
/// </summary>
public sealed class PersonnummerTests
{
    // Fixed so that the century of the short forms never depends on the day the tests run.
    private static readonly DateOnly Today = new(2025, 6, 15);

    [Theory]
    [InlineData("19121212-1212")]
    [InlineData("191212121212")]
    [InlineData("  19121212-1212\t")]
    public void TwelveDigitFormsParseWithAndWithoutDash(string input)
    {
        var pnr = Personnummer.Parse(input, Today);

        Assert.Equal("19121212-1212", pnr.Normalized);
        Assert.Equal(new DateOnly(1912, 12, 12), pnr.BirthDate);
        Assert.False(pnr.IsCoordinationNumber);
    }

    [Theory]
    [InlineData("121212-1212", "20121212-1212")]
    [InlineData("1212121212", "20121212-1212")]
    [InlineData("121212+1212", "19121212-1212")]
    [InlineData("300101-1232", "19300101-1232")] // 2030 is in the future
    [InlineData("250615-4562", "20250615-4562")] // born today
    [InlineData("250616-4561", "19250616-4561")] // this century's date is tomorrow
    [InlineData("251231-9878", "19251231-9878")]
    [InlineData("251231+9878", "18251231-9878")]
    public void TenDigitFormsTakeTheCenturyFromToday(string input, string normalized) =>
        Assert.Equal(normalized, Personnummer.Parse(input, Today).Normalized);

    [Theory]
    [InlineData("20181020-2380", "181020-2380")]
    [InlineData("201810202380", "1810202380")]
    [InlineData("19121212-1212", "121212+1212")]
    [InlineData("20101272-3589", "101272-3589")]
    public void ShortAndLongFormsOfOneNumberAreEqual(string longForm, string shortForm)
    {
        var fromLong = Personnummer.Parse(longForm, Today);
        var fromShort = Personnummer.Parse(shortForm, Today);

        Assert.Equal(fromLong.Normalized, fromShort.Normalized);
        Assert.Equal(fromLong, fromShort);
        Assert.Equal(fromLong.GetHashCode(), fromShort.GetHashCode());
    }

    [Theory]
    [InlineData("19121212-1213")]
    [InlineData("121212-1210")]
    [InlineData("20181020-2381")]
    public void WrongCheckDigitIsRefused(string input) =>
        Assert.Contains("check digit", AssertRefused(input).Rule);

    [Theory]
    [InlineData("19191312-1230")] // month 13
    [InlineData("20190230-4565")] // 30 February
    [InlineData("19000229-3454")] // 1900 was not a leap year
    [InlineData("000229+3454")] // the same day, a century back from 2000
    [InlineData("20101292-3585")] // samordningsnummer day 92 would be day 32
    [InlineData("20101260-3583")] // day 60 is neither a day nor a samordningsnummer
    [InlineData("20101200-3586")] // day 0
    public void ImpossibleDatesAreRefused(string input) =>
        Assert.Contains("real date", AssertRefused(input).Rule);

    [Theory]
    [InlineData("20000229-3454")]
    [InlineData("000229-3454")]
    public void LeapDayIsValid(string input) =>
        Assert.Equal(new DateOnly(2000, 2, 29), Personnummer.Parse(input, Today).BirthDate);

    [Theory]
    [InlineData("20101272-3589")]
    [InlineData("101272-3589")]
    public void SamordningsnummerKeepsItsDayAndReportsTheRealBirthDate(string input)
    {
        var pnr = Personnummer.Parse(input, Today);

        Assert.True(pnr.IsCoordinationNumber);
        Assert.Equal("20101272-3589", pnr.Normalized);
        Assert.Equal(new DateOnly(2010, 12, 12), pnr.BirthDate);
    }

    [Theory]
    [InlineData("20250616-4561")] // tomorrow
    [InlineData("20251231-0042")]
    public void BirthDateAfterTodayIsRefused(string input) =>
        Assert.Contains("after today", AssertRefused(input).Rule);

    [Fact]
    public void BirthDateTodayIsAccepted() =>
        Assert.Equal(Today, Personnummer.Parse("20250615-4562", Today).BirthDate);

    [Fact]
    public void PlusInTheTwelveDigitFormIsRefused() =>
        Assert.Contains("short form", AssertRefused("19121212+1212").Rule);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("121212-121")]
    [InlineData("12121212121")]
    [InlineData("19121212-12120")]
    [InlineData("1912121212120")]
    [InlineData("191212121212121")]
    [InlineData("1912121A-1212")]
    [InlineData("12121X-1212")]
    [InlineData("19121212 1212")]
    [InlineData("121212/1212")]
    [InlineData("1912-1212-1212")]
    [InlineData("-121212-1212")]
    [InlineData("١٢١٢١٢-١٢١٢")] // Arabic-Indic digits
    [InlineData("１２１２１２-１２１２")] // full-width digits
    public void WrongLengthsAndCharactersAreRefused(string? input) => AssertRefused(input);

    [Theory]
    [InlineData("19121212-1213")]
    [InlineData("19191312-1230")]
    [InlineData("20250616-4561")]
    [InlineData("19121212+1212")]
    [InlineData("1912121A-1212")]
    [InlineData("")]
    public void RefusalNamesTheGivenFieldAndNoDigitsSoTheNumberCannotLeak(string input)
    {
        var error = Assert.Throws<DomainRuleException>(() => Personnummer.Parse(input, Today, "child.personnummer"));

        Assert.Equal("child.personnummer", error.Field);
        Assert.False(string.IsNullOrWhiteSpace(error.Rule));
        Assert.DoesNotContain(error.Rule, char.IsAsciiDigit);
        Assert.DoesNotContain(error.Message, char.IsAsciiDigit);
    }

    [Theory]
    [InlineData("19121212-1213")]
    [InlineData("19191312-1230")]
    [InlineData("20250616-4561")]
    [InlineData("nonsense")]
    [InlineData(null)]
    public void TryParseAnswersFalseInsteadOfThrowing(string? input)
    {
        Assert.False(Personnummer.TryParse(input, Today, out var value));
        Assert.Null(value);
    }

    [Fact]
    public void TryParseAnswersTheParsedValue()
    {
        Assert.True(Personnummer.TryParse(" 121212+1212 ", Today, out var value));
        Assert.Equal("19121212-1212", value.Normalized);
    }

    [Fact]
    public void ToStringMasksTheLastFourDigits()
    {
        var pnr = Personnummer.Parse("19850709-9870", Today);

        Assert.Equal("19850709-****", pnr.ToString());
        Assert.Equal("19850709-****", $"{pnr}");
        Assert.DoesNotContain("9870", $"{new { Child = pnr }}");
    }

    [Theory]
    [InlineData("2016-06-15", 6, AgeBand.ZeroToSix)]
    [InlineData("2017-06-14", 6, AgeBand.ZeroToSix)]
    [InlineData("2017-06-15", 7, AgeBand.SevenToTwelve)]
    [InlineData("2022-06-15", 12, AgeBand.SevenToTwelve)]
    [InlineData("2023-06-14", 12, AgeBand.SevenToTwelve)]
    [InlineData("2023-06-15", 13, AgeBand.ThirteenToEighteen)]
    [InlineData("2028-06-15", 18, AgeBand.ThirteenToEighteen)]
    [InlineData("2029-06-14", 18, AgeBand.ThirteenToEighteen)]
    [InlineData("2029-06-15", 19, AgeBand.Adult)]
    [InlineData("2010-06-15", 0, AgeBand.ZeroToSix)]
    public void AgeCountsFullYearsAndPicksTheBand(string on, int age, AgeBand band)
    {
        var pnr = Personnummer.Parse("20100615-2340", Today);
        var date = DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(age, pnr.AgeOn(date));
        Assert.Equal(band, pnr.AgeBandOn(date));
    }

    [Fact]
    public void SamordningsnummerAgeCountsFromTheRealBirthDate()
    {
        var pnr = Personnummer.Parse("20101272-3589", Today);

        Assert.Equal(6, pnr.AgeOn(new DateOnly(2017, 12, 11)));
        Assert.Equal(7, pnr.AgeOn(new DateOnly(2017, 12, 12)));
    }

    [Fact]
    public void LeapDayChildTurnsOneOnTheFirstOfMarchInACommonYear()
    {
        var pnr = Personnummer.Parse("240229-1112", Today);

        Assert.Equal(0, pnr.AgeOn(new DateOnly(2025, 2, 28)));
        Assert.Equal(1, pnr.AgeOn(new DateOnly(2025, 3, 1)));
    }

    [Fact]
    public void AgeBeforeBirthIsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Personnummer.Parse("20100615-2340", Today).AgeOn(new DateOnly(2010, 6, 14)));

    [Theory]
    [InlineData(0, AgeBand.ZeroToSix)]
    [InlineData(6, AgeBand.ZeroToSix)]
    [InlineData(7, AgeBand.SevenToTwelve)]
    [InlineData(12, AgeBand.SevenToTwelve)]
    [InlineData(13, AgeBand.ThirteenToEighteen)]
    [InlineData(18, AgeBand.ThirteenToEighteen)]
    [InlineData(19, AgeBand.Adult)]
    [InlineData(104, AgeBand.Adult)]
    public void AgeBandsHaveInclusiveEdges(int age, AgeBand band) => Assert.Equal(band, AgeBands.For(age));

    [Fact]
    public void NegativeAgeHasNoBand() => Assert.Throws<ArgumentOutOfRangeException>(() => AgeBands.For(-1));

    [Fact]
    public void ValueRebuiltFromNormalizedAloneHasTheDerivedFacts()
    {
        var rebuilt = new Personnummer("20101272-3589");

        Assert.Equal(Personnummer.Parse("101272-3589", Today), rebuilt);
        Assert.Equal(new DateOnly(2010, 12, 12), rebuilt.BirthDate);
        Assert.True(rebuilt.IsCoordinationNumber);
    }

    [Fact]
    public void OrleansRoundTripKeepsTheNumberAndItsDerivedFacts()
    {
        using var services = new ServiceCollection().AddSerializer().BuildServiceProvider();
        var serializer = services.GetRequiredService<Serializer>();
        var original = Personnummer.Parse("101272-3589", Today);

        var copy = serializer.Deserialize<Personnummer>(serializer.SerializeToArray(original));

        Assert.NotNull(copy);
        Assert.Equal(original, copy);
        Assert.Equal(new DateOnly(2010, 12, 12), copy.BirthDate);
        Assert.True(copy.IsCoordinationNumber);
    }

    [Fact]
    public void MalformedNormalizedValueFailsLoudlyOnUse() =>
        Assert.Throws<InvalidOperationException>(() => new Personnummer("1912-12-12").BirthDate);

    private static DomainRuleException AssertRefused(string? input)
    {
        var error = Assert.Throws<DomainRuleException>(() => Personnummer.Parse(input, Today));
        Assert.Equal("personnummer", error.Field);
        Assert.False(string.IsNullOrWhiteSpace(error.Rule));
        return error;
    }
}
