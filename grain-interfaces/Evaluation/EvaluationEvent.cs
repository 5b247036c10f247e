namespace BackaBarnet.Live.GrainInterfaces.Evaluation;

/// <summary>
/// One dated, anonymous fact about a child. <paramref name="HoursToAcknowledge"/> is set on an
/// acknowledged <see cref="EvaluationEventKind.ConcernRaised"/>.
/// </summary>
[GenerateSerializer, Alias("bb.EvaluationEvent")]
public sealed record EvaluationEvent(EvaluationEventKind Kind, DateOnly On, EvaluationGroup Group, double? HoursToAcknowledge = null)
{
    /// <summary>
    /// How many equal events this one stands for (1 unless said): a child's archived concerns are
    /// sent counted together, so the facts stay small however many there were.
    /// </summary>
    [Id(4)]
    public int Count { get; init; } = 1;
}
