namespace BackaBarnet.Live.GrainInterfaces.Domain;

public static class DefinedEnum
{
    /// <summary>Refuses numeric values that name no member (JSON and grain calls can carry any number).</summary>
    public static T Validate<T>(string field, T value)
        where T : struct, Enum =>
        Enum.IsDefined(value)
            ? value
            : throw new DomainRuleException(field, $"'{value}' is not one of {string.Join(", ", Enum.GetNames<T>())}.", ErrorCodes.FieldUnknownValue);
}
