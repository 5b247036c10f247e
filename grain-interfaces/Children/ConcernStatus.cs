namespace BackaBarnet.Live.GrainInterfaces.Children;

/// <summary>Where a concern is in its lifecycle. Persisted as numbers: never renumber.</summary>
public enum ConcernStatus
{
    Open = 0,
}
