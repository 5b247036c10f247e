namespace BackaBarnet.Live.GrainInterfaces.LinkedProcesses;

/// <summary>Other coordination forums the child may be in. Persisted: never renumber.</summary>
public enum LinkedProcessKind
{
    /// <summary>Samordnad individuell plan.</summary>
    Sip = 0,

    /// <summary>Barn i behov av särskilt stöd (the seeds' own expansion: socialtjänst, region and school together).</summary>
    Bus = 1,

    /// <summary>BOB-råd: Barn och unga i organiserad brottslighet (the seeds' own expansion).</summary>
    Bob = 2,

    Islandsmodellen = 3,
    Other = 4,
}
