using BackaBarnet.Live.GrainInterfaces.Domain;

namespace BackaBarnet.Live.GrainInterfaces.Assessments;

/// <summary>One field of the behovskompass rated 1–5, with an optional note.</summary>
[GenerateSerializer, Alias("bb.AreaRating")]
public sealed record AreaRating(NeedsArea Area, int Value, string? Note = null);
