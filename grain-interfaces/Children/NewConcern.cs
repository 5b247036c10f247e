using BackaBarnet.Live.GrainInterfaces.Concerns;
using BackaBarnet.Live.GrainInterfaces.Domain;

namespace BackaBarnet.Live.GrainInterfaces.Children;

/// <summary>
/// A worry (oro) raised by an upptäckare, tied to one or more behovskompass areas. A guardian's
/// worry is recorded by a professional with <paramref name="OnBehalfOfGuardian"/> naming them.
/// </summary>
/// <param name="IdempotencyKey">
/// The client's key for this submission (the Idempotency-Key header): the same reporter sending the
/// same key again gets the concern the first one raised, not a second one.
/// </param>
[GenerateSerializer, Alias("bb.NewConcern")]
public sealed record NewConcern(
    string ReporterId,
    string Text,
    IReadOnlyList<NeedsArea> Areas,
    ConcernSource Source = ConcernSource.Observed,
    bool ChildMayBeAtRisk = false,
    string? OnBehalfOfGuardian = null,
    string? IdempotencyKey = null);
