namespace BackaBarnet.Live.GrainInterfaces.Domain;

/// <summary>
/// The version an edit says it was based on. Versions start at 0 and only grow, so a negative one
/// was never seen by anyone: it is bad input (400 naming the field), not a stale edit (409).
/// </summary>
public static class EditVersions
{
    /// <exception cref="DomainRuleException">The version is below 0.</exception>
    public static long RequireNotNegative(string field, long version) => version >= 0
        ? version
        : throw new DomainRuleException(field, $"must be 0 or more: versions start at 0 (was {version}).", ErrorCodes.FieldBelowMinimum, ErrorCodes.Args(("min", 0), ("actual", version)));
}
