namespace BackaBarnet.Live.GrainInterfaces.Assessments;

/// <summary>A dated behovskompass assessment; any subset of the eight areas.</summary>
[GenerateSerializer, Alias("bb.NewAssessment")]
public sealed record NewAssessment(RaterKind Rater, DateOnly AssessedOn, IReadOnlyList<AreaRating> Ratings);
