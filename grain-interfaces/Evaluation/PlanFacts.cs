namespace BackaBarnet.Live.GrainInterfaces.Evaluation;

/// <summary>The plan and the parallel forums as they stand now.</summary>
[GenerateSerializer, Alias("bb.PlanFacts")]
public sealed record PlanFacts(bool HasPlan, bool NeedsCoordinator, bool HasCoordinator, bool ChildViewRecorded, bool InSipOrBus);
