namespace BackaBarnet.Live.GrainInterfaces.Evaluation;

/// <summary>
/// One dated, anonymous fact about a child. <paramref name="HoursToAcknowledge"/> is set on an
/// acknowledged <see cref="EvaluationEventKind.ConcernRaised"/>.
/// </summary>
[GenerateSerializer, Alias("bb.EvaluationEvent")]
public sealed record EvaluationEvent(EvaluationEventKind Kind, DateOnly On, EvaluationGroup Group, double? HoursToAcknowledge = null);
