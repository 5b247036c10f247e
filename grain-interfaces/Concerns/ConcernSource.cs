namespace BackaBarnet.Live.GrainInterfaces.Concerns;

/// <summary>How the worry came up. Persisted: never renumber.</summary>
public enum ConcernSource
{
    Observed = 0,
    ToldByChild = 1,
    ToldByGuardian = 2,
    Other = 3,
}
