namespace BackaBarnet.Live.GrainInterfaces.Assessments;

/// <summary>Whose view an assessment is. Persisted: never renumber.</summary>
public enum RaterKind
{
    Child = 0,
    Guardian = 1,
    Professional = 2,
    TeamConsensus = 3,
}
