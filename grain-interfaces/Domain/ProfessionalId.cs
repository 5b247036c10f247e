using System.Text.RegularExpressions;

namespace BackaBarnet.Live.GrainInterfaces.Domain;

/// <summary>
/// Professional ids are the subject the identity provider gives a person: an HSA-id in Swedish
/// health and social care (<c>SE2321000016-1003</c>) or the provider's own opaque subject, never
/// a personnummer. They key grains and appear in URLs, so the shape is kept URL-safe.
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
            throw new DomainRuleException(field, $"must be 1-{MaxLength} characters of A-Z, a-z, 0-9, '-', '_' or '.', starting with a letter or digit.", ErrorCodes.FieldInvalidId);
        }

        return value;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex Shape();
}
