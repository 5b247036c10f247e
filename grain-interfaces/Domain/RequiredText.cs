namespace BackaBarnet.Live.GrainInterfaces.Domain;

/// <summary>The one rule for free-text fields: present, not blank, and within a length limit.</summary>
public static class RequiredText
{
    public static string Validate(string field, string? value, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new DomainRuleException(field, "is required and must not be blank.", ErrorCodes.FieldRequired);
        }

        if (trimmed.Length > maxLength)
        {
            throw new DomainRuleException(field, $"must be at most {maxLength} characters (was {trimmed.Length}).", ErrorCodes.FieldTooLong, ErrorCodes.Args(("max", maxLength), ("actual", trimmed.Length)));
        }

        return trimmed;
    }
}
