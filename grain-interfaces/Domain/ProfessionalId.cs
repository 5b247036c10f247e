using System.Text.RegularExpressions;

namespace BackaBarnet.Live.GrainInterfaces.Domain;

/// <summary>
/// Professional ids are opaque, URL-safe identifiers issued by the identity provider
/// (never a personnummer). They key grains, so the shape is kept strict.
/// </summary>
public static partial class ProfessionalId
{
    public const int MaxLength = 64;

    public static string Validate(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new DomainRuleException(field, "is required.", ErrorCodes.FieldRequired);
        }

        if (value.Length > MaxLength || !Shape().IsMatch(value))
        {
            throw new DomainRuleException(field, $"must be 1-{MaxLength} characters of a-z, 0-9, '-' or '_'.", ErrorCodes.FieldInvalidId);
        }

        return value;
    }

    [GeneratedRegex("^[a-z0-9_-]+$")]
    private static partial Regex Shape();
}
