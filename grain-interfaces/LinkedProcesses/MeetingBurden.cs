namespace BackaBarnet.Live.GrainInterfaces.LinkedProcesses;

/// <summary>
/// "One child, one plan, fewer meetings": every coordination forum the child is in (SIP, BUS,
/// BOB-råd, Islandsmodellen, others; planned or active) and the barnteam meetings about the child
/// in the last six months (held, or convened and not yet closed). <see cref="Warn"/> is set from
/// <see cref="WarnAt"/> meetings on, so a new meeting is weighed against the family's burden.
/// </summary>
[GenerateSerializer, Alias("bb.MeetingBurden")]
public sealed record MeetingBurden(
    [property: Id(0)] int MeetingsLastSixMonths,
    [property: Id(1)] IReadOnlyList<LinkedProcessView> Forums,
    [property: Id(2)] int WarnAt,
    [property: Id(3)] bool Warn);
