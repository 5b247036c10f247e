namespace BackaBarnet.Live.TestSupport;

/// <summary>Makes valid personnummer (with the Luhn check digit) for any birth date, so tests never reuse a real person's number by accident.</summary>
public static class TestPersonnummer
{
    private static int serial = Random.Shared.Next(100, 900);

    /// <summary>A fresh 12-digit number "YYYYMMDD-NNNC" born on <paramref name="birthDate"/>.</summary>
    public static string BornOn(DateOnly birthDate)
    {
        var number = Interlocked.Increment(ref serial) % 1000;
        var body = $"{birthDate:yyMMdd}{number:D3}";
        return $"{birthDate:yyyyMMdd}-{number:D3}{CheckDigit(body)}";
    }

    /// <summary>A fresh number for a child who is <paramref name="years"/> years old today.</summary>
    public static string AgedYears(int years) =>
        BornOn(DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-years).AddDays(-Random.Shared.Next(1, 300)));

    private static int CheckDigit(string nineDigits)
    {
        var sum = 0;
        for (var i = 0; i < nineDigits.Length; i++)
        {
            var product = (nineDigits[i] - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product > 9 ? product - 9 : product;
        }

        return (10 - sum % 10) % 10;
    }
}
