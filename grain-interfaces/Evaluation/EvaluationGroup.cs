using BackaBarnet.Live.GrainInterfaces.Identity;

namespace BackaBarnet.Live.GrainInterfaces.Evaluation;

/// <summary>
/// Where a child belonged when something happened: the barnkontakt's unit then and the child's
/// age band then (null when unknown, e.g. no personnummer yet).
/// </summary>
[GenerateSerializer, Alias("bb.EvaluationGroup")]
public sealed record EvaluationGroup(string? Unit, AgeBand? AgeBand);
