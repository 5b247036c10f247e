namespace BackaBarnet.Live.GrainInterfaces.Domain;

/// <summary>
/// The change does not fit the record's current state (a transition out of order, an edit based
/// on a stale version). Carries the version the caller should re-read from.
/// </summary>
[GenerateSerializer, Alias("bb.StateConflictException")]
public sealed class StateConflictException(string rule, long currentVersion) : Exception(rule)
{
    [Id(0)]
    public string Rule { get; } = rule;

    [Id(1)]
    public long CurrentVersion { get; } = currentVersion;
}
