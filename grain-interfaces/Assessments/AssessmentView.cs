namespace BackaBarnet.Live.GrainInterfaces.Assessments;

[GenerateSerializer, Alias("bb.AssessmentView")]
public sealed record AssessmentView(
    Guid AssessmentId,
    RaterKind Rater,
    DateOnly AssessedOn,
    IReadOnlyList<AreaRating> Ratings,
    string RecordedBy,
    DateTimeOffset RecordedAt,
    bool IsBaseline)
{
    /// <summary>The child record's version this change produced.</summary>
    [Id(10)]
    public long RecordVersion { get; init; }
}
