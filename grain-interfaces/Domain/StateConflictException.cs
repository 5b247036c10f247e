namespace BackaBarnet.Live.GrainInterfaces.Domain;

/// <summary>
/// The change does not fit the record's current state (a transition out of order, an edit based
/// on a stale version). Carries the version the caller should re-read from, and a stable code.
/// </summary>
[GenerateSerializer, Alias("bb.StateConflictException")]
public sealed class StateConflictException(string rule, long currentVersion, string code = ErrorCodes.StateConflict, IReadOnlyDictionary<string, string>? args = null)
    : Exception(rule)
{
    [Id(0)]
    public string Rule { get; } = rule;

    [Id(1)]
    public long CurrentVersion { get; } = currentVersion;

    [Id(2)]
    public string Code { get; } = code;

    [Id(3)]
    public IReadOnlyDictionary<string, string> Args { get; } = args ?? new Dictionary<string, string>();
}
