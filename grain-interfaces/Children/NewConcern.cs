using BackaBarnet.Live.GrainInterfaces.Domain;

namespace BackaBarnet.Live.GrainInterfaces.Children;

/// <summary>A worry (oro) raised by an upptäckare, tied to one or more behovskompass areas.</summary>
[GenerateSerializer, Alias("bb.NewConcern")]
public sealed record NewConcern(string ReporterId, string Text, IReadOnlyList<NeedsArea> Areas);
