using BackaBarnet.Live.GrainInterfaces.Assessments;

namespace BackaBarnet.Live.GrainInterfaces.FollowUp;

/// <summary>One rating of one area on the timeline: when, by whom (team, child, …), which value.</summary>
[GenerateSerializer, Alias("bb.AreaPoint")]
public sealed record AreaPoint(DateOnly On, RaterKind Rater, int Value, bool IsBaseline);
