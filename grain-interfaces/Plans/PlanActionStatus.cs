namespace BackaBarnet.Live.GrainInterfaces.Plans;

/// <summary>Persisted: never renumber.</summary>
public enum PlanActionStatus
{
    Planned = 0,
    Active = 1,
    Done = 2,
    Cancelled = 3,
}
