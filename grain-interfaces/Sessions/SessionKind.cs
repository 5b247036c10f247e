namespace BackaBarnet.Live.GrainInterfaces.Sessions;

/// <summary>An individual team for one child, or an age-band team for several. Persisted: never renumber.</summary>
public enum SessionKind
{
    Individual = 0,
    Team0To6 = 1,
    Team7To12 = 2,
}
