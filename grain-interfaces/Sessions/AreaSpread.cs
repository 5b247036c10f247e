using BackaBarnet.Live.GrainInterfaces.Domain;

namespace BackaBarnet.Live.GrainInterfaces.Sessions;

/// <summary>
/// How the revealed ratings of one area spread. <paramref name="Disagreement"/> is true when they
/// lie two or more steps apart, which is worth talking about before setting the consensus.
/// </summary>
[GenerateSerializer, Alias("bb.AreaSpread")]
public sealed record AreaSpread(NeedsArea Area, int Count, int Min, int Max, double Mean, bool Disagreement);
