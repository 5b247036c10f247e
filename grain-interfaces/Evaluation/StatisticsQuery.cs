using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Identity;

namespace BackaBarnet.Live.GrainInterfaces.Evaluation;

/// <summary>
/// A period (inclusive dates) and optional filters. <paramref name="Units"/> is every unit of the
/// organisation: each is reported (suppressed when small) whether or not it has children, so a
/// unit's presence in the answer says nothing.
/// </summary>
[GenerateSerializer, Alias("bb.StatisticsQuery")]
public sealed record StatisticsQuery(
    DateOnly From,
    DateOnly To,
    IReadOnlyList<string> Units,
    string? Unit = null,
    AgeBand? AgeBand = null,
    ChildGender? Gender = null);
