using BackaBarnet.Live.GrainInterfaces.Assessments;

namespace BackaBarnet.Live.GrainInterfaces.Sessions;

/// <summary>One participant's own behovskompass ratings for a child on the agenda.</summary>
[GenerateSerializer, Alias("bb.ParticipantRatings")]
public sealed record ParticipantRatings(string ParticipantId, IReadOnlyList<AreaRating> Ratings);
