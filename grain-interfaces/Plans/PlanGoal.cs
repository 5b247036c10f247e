using BackaBarnet.Live.GrainInterfaces.Domain;

namespace BackaBarnet.Live.GrainInterfaces.Plans;

/// <summary>A goal of the plan, tied to the behovskompass areas it should move.</summary>
[GenerateSerializer, Alias("bb.PlanGoal")]
public sealed record PlanGoal(string Text, IReadOnlyList<NeedsArea> Areas);
