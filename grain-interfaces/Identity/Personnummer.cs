using System.Diagnostics.CodeAnalysis;
using BackaBarnet.Live.GrainInterfaces.Domain;

namespace BackaBarnet.Live.GrainInterfaces.Identity;

/// <summary>
/// A Swedish personnummer or samordningsnummer, always normalized to "YYYYMMDD-NNNC".
/// Only <see cref="Normalized"/> is serialized; everything else is computed from it on demand,
/// so a deserialized value answers exactly like a parsed one and equality stays on the number.
/// </summary>
/// <remarks>
/// Create values with <see cref="Parse"/> or <see cref="TryParse"/>. The positional constructor
/// exists for serializers and trusts its input. <see cref="ToString"/> is masked because records
/// are easily interpolated into log messages.
/// </remarks>
[GenerateSerializer, Alias("bb.Personnummer")]
public sealed record Personnummer(string Normalized)
{
    // A samordningsnummer (coordination number) is a personnummer with 60 added to the day.
    private const int CoordinationDayOffset = 60;

    // Rules never quote the input: exception messages end up in logs, personnummer must not.
    private const string RequiredRule = "is required.";
    private const string ShapeRule =
        "must be written YYYYMMDD-NNNC, YYYYMMDDNNNC, YYMMDD-NNNC, YYMMDDNNNC or YYMMDD+NNNC (digits only).";
    private const string PlusOnInLongFormRule =
        "may use '+' (a person aged one hundred or more) only in the short form YYMMDD+NNNC.";
    private const string DateRule =
        "does not contain a real date (a samordningsnummer adds sixty to the day of the month).";
    private const string CheckDigitRule = "has the wrong check digit; a digit is probably mistyped.";
    private const string FutureRule = "has a birth date after today.";

    /// <summary>The real birth date; for a samordningsnummer the day with 60 taken off.</summary>
    public DateOnly BirthDate => Decode(Normalized).BirthDate;

    public bool IsCoordinationNumber => Decode(Normalized).IsCoordination;

    /// <summary>Age in full years on <paramref name="date"/>.</summary>
    public int AgeOn(DateOnly date)
    {
        var birth = BirthDate;
        if (date < birth)
        {
            throw new ArgumentOutOfRangeException(nameof(date), "The date is before the birth date.");
        }

        // The birthday counts by month and day, so someone born on 29 February turns a year
        // older on 1 March in common years.
        var age = date.Year - birth.Year;
        return date.Month < birth.Month || (date.Month == birth.Month && date.Day < birth.Day) ? age - 1 : age;
    }

    public AgeBand AgeBandOn(DateOnly date) => AgeBands.For(AgeOn(date));

    /// <summary>
    /// Parses user input. <paramref name="today"/> is a parameter, not the clock, because it
    /// decides the century of the short forms and must be the same on every silo and in tests.
    /// </summary>
    /// <exception cref="DomainRuleException">The input is not a valid number; the rule says why.</exception>
    public static Personnummer Parse(string? input, DateOnly today, string field = "personnummer") =>
        Validate(input, today, out var normalized) is { } rule
            ? throw new DomainRuleException(field, rule, CodeOf(rule))
            : new Personnummer(normalized);

    /// <summary>The stable code of each rule (the rules never quote the input, nor do the codes' arguments).</summary>
    private static string CodeOf(string rule) => rule switch
    {
        RequiredRule => ErrorCodes.FieldRequired,
        PlusOnInLongFormRule => ErrorCodes.PersonnummerPlusInLongForm,
        DateRule => ErrorCodes.PersonnummerDate,
        CheckDigitRule => ErrorCodes.PersonnummerCheckDigit,
        FutureRule => ErrorCodes.PersonnummerFuture,
        _ => ErrorCodes.PersonnummerShape,
    };

    public static bool TryParse(string? input, DateOnly today, [NotNullWhen(true)] out Personnummer? value)
    {
        value = Validate(input, today, out var normalized) is null ? new Personnummer(normalized) : null;
        return value is not null;
    }

    /// <summary>Masked as "YYYYMMDD-****": the birth date is shown, the full number never.</summary>
    public override string ToString() =>
        IsNormalizedShape(Normalized) ? $"{Normalized[..8]}-****" : "********-****";

    /// <summary>Returns the broken rule, or null with <paramref name="normalized"/> set.</summary>
    private static string? Validate(string? input, DateOnly today, out string normalized)
    {
        normalized = string.Empty;
        var text = input?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return RequiredRule;
        }

        // date: YYMMDD or YYYYMMDD; the 10- and 12-digit forms without separator count as '-'.
        var (date, separator, serial) = text.Length switch
        {
            10 => (text[..6], '-', text[6..]),
            11 => (text[..6], text[6], text[7..]),
            12 => (text[..8], '-', text[8..]),
            13 => (text[..8], text[8], text[9..]),
            _ => (string.Empty, '?', string.Empty),
        };
        if (date.Length == 0 || separator is not ('-' or '+') || !IsDigits(date) || !IsDigits(serial))
        {
            return ShapeRule;
        }

        if (separator == '+' && date.Length == 8)
        {
            return PlusOnInLongFormRule;
        }

        var month = Number(date, date.Length - 4, 2);
        var dayField = Number(date, date.Length - 2, 2);
        var day = dayField > CoordinationDayOffset ? dayField - CoordinationDayOffset : dayField;
        var year = date.Length == 8
            ? Number(date, 0, 4)
            : ResolveCentury(Number(date, 0, 2), month, day, today, hundredOrOlder: separator == '+');
        if (!IsRealDate(year, month, day))
        {
            return DateRule;
        }

        // The check digit covers YYMMDDNNN only, so both forms share it.
        var tenDigits = date[^6..] + serial;
        if (LuhnCheckDigit(tenDigits.AsSpan(0, 9)) != tenDigits[9] - '0')
        {
            return CheckDigitRule;
        }

        if (new DateOnly(year, month, day) > today)
        {
            return FutureRule;
        }

        normalized = $"{year:D4}{date[^4..]}-{serial}";
        return null;
    }

    /// <summary>
    /// The short forms carry no century: '-' means the latest year ending in <paramref name="yy"/>
    /// whose birthday is not after today (so under 100 years old), '+' a century before that.
    /// </summary>
    private static int ResolveCentury(int yy, int month, int day, DateOnly today, bool hundredOrOlder)
    {
        var year = today.Year - (today.Year % 100) + yy;

        // Compared as numbers rather than dates because the date may not exist (it is refused later).
        if ((year * 10_000) + (month * 100) + day > (today.Year * 10_000) + (today.Month * 100) + today.Day)
        {
            year -= 100;
        }

        return hundredOrOlder ? year - 100 : year;
    }

    /// <summary>Luhn with weights 2,1,2,1,… from the left; digit sums of the products.</summary>
    private static int LuhnCheckDigit(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var product = (digits[i] - '0') * (i % 2 == 0 ? 2 : 1);
            sum += (product / 10) + (product % 10);
        }

        return (10 - (sum % 10)) % 10;
    }

    private static (DateOnly BirthDate, bool IsCoordination) Decode(string normalized)
    {
        if (IsNormalizedShape(normalized))
        {
            var dayField = Number(normalized, 6, 2);
            var coordination = dayField > CoordinationDayOffset;
            var (year, month, day) = (Number(normalized, 0, 4), Number(normalized, 4, 2),
                coordination ? dayField - CoordinationDayOffset : dayField);
            if (IsRealDate(year, month, day))
            {
                return (new DateOnly(year, month, day), coordination);
            }
        }

        throw new InvalidOperationException(
            "The value is not a normalized personnummer (YYYYMMDD-NNNC); create it with Personnummer.Parse.");
    }

    private static bool IsNormalizedShape(string? value) =>
        value is { Length: 13 } && value[8] == '-' && IsDigits(value.AsSpan(0, 8)) && IsDigits(value.AsSpan(9));

    private static bool IsRealDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    // char.IsDigit would let Arabic-Indic and full-width digits through.
    private static bool IsDigits(ReadOnlySpan<char> value) => !value.IsEmpty && !value.ContainsAnyExceptInRange('0', '9');

    private static int Number(string digits, int start, int length)
    {
        var result = 0;
        foreach (var c in digits.AsSpan(start, length))
        {
            result = (result * 10) + (c - '0');
        }

        return result;
    }
}
