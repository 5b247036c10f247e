using BackaBarnet.Live.GrainInterfaces.Children;

namespace BackaBarnet.Live.GrainInterfaces.Evaluation;

/// <summary>
/// Everything the pilot statistics know about one child: no id, name, personnummer, date of
/// birth or free text, only groups, dates and flags. The child grain derives it from its record
/// after every change; <paramref name="RecordVersion"/> lets the receiver keep the newest.
/// </summary>
[GenerateSerializer, Alias("bb.ChildFacts")]
public sealed record ChildFacts(
    long RecordVersion,
    ChildGender Gender,
    IReadOnlyList<EvaluationEvent> Events,
    IReadOnlyList<TeamAssessmentFact> TeamAssessments,
    PlanFacts Plan);
