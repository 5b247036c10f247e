namespace BackaBarnet.Live.GrainInterfaces.LinkedProcesses;

/// <summary>Other coordination forums the child may be in. Persisted: never renumber.</summary>
public enum LinkedProcessKind
{
    /// <summary>Samordnad individuell plan.</summary>
    Sip = 0,

    /// <summary>Barn och unga i samverkan.</summary>
    Bus = 1,

    /// <summary>Barn och barn (BOB).</summary>
    Bob = 2,

    Islandsmodellen = 3,
    Other = 4,
}
