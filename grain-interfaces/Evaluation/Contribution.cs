using BackaBarnet.Live.GrainInterfaces.Children;

namespace BackaBarnet.Live.GrainInterfaces.Evaluation;

/// <summary>
/// What one child adds to one measure in one group: how many events, the hours to
/// acknowledgement, or the change since baseline. <paramref name="Child"/> is a position in the
/// fact list, used only to count distinct children.
/// </summary>
internal sealed record Contribution(int Child, EvaluationGroup Group, ChildGender Gender, int Events = 0, IReadOnlyList<double>? Hours = null, int? Change = null);
