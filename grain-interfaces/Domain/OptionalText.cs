namespace BackaBarnet.Live.GrainInterfaces.Domain;

/// <summary>Free text that may be left out; blank becomes null, and a length limit holds.</summary>
public static class OptionalText
{
    public static string? Validate(string field, string? value, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        if (trimmed.Length > maxLength)
        {
            throw new DomainRuleException(field, $"must be at most {maxLength} characters (was {trimmed.Length}).", ErrorCodes.FieldTooLong, ErrorCodes.Args(("max", maxLength), ("actual", trimmed.Length)));
        }

        return trimmed;
    }
}
