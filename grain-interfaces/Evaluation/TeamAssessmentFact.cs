using BackaBarnet.Live.GrainInterfaces.Domain;

namespace BackaBarnet.Live.GrainInterfaces.Evaluation;

/// <summary>A team consensus behovskompass without its notes: the date and the value per area.</summary>
[GenerateSerializer, Alias("bb.TeamAssessmentFact")]
public sealed record TeamAssessmentFact(DateOnly AssessedOn, bool IsBaseline, IReadOnlyDictionary<NeedsArea, int> Values);
