namespace BackaBarnet.Live.GrainInterfaces.Sessions;

/// <summary>Persisted: never renumber.</summary>
public enum ParticipantKind
{
    Professional = 0,

    /// <summary>The upptäckare who raised the worry.</summary>
    ConcernReporter = 1,

    Guardian = 2,
    Child = 3,
}
