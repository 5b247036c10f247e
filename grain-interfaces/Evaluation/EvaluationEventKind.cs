namespace BackaBarnet.Live.GrainInterfaces.Evaluation;

/// <summary>What an anonymous dated fact records. Persisted: never renumber.</summary>
public enum EvaluationEventKind
{
    /// <summary>Anything was recorded on the child that day (the child was "active").</summary>
    Activity = 0,

    ConcernRaised = 1,

    MeetingHeld = 2,
}
