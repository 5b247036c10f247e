namespace BackaBarnet.Live.GrainInterfaces.LinkedProcesses;

/// <summary>Persisted: never renumber.</summary>
public enum LinkedProcessStatus
{
    Planned = 0,
    Active = 1,
    Closed = 2,
}
