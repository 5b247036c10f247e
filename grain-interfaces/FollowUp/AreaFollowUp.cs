using BackaBarnet.Live.GrainInterfaces.Domain;

namespace BackaBarnet.Live.GrainInterfaces.FollowUp;

/// <summary>
/// One behovskompass area over time. <paramref name="Current"/> is the latest team consensus
/// (the baseline itself until a later one exists); <paramref name="Change"/> is current minus
/// baseline once a later team assessment rates the area; <paramref name="ChildLatest"/> is the
/// child's own latest rating, shown beside the team's.
/// </summary>
[GenerateSerializer, Alias("bb.AreaFollowUp")]
public sealed record AreaFollowUp(
    NeedsArea Area,
    int? Baseline,
    int? Current,
    int? Change,
    int? ChildLatest,
    IReadOnlyList<AreaPoint> Timeline);
