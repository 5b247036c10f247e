using BackaBarnet.Live.GrainInterfaces.LinkedProcesses;

namespace BackaBarnet.Live.Grains.Children;

/// <summary>Configuration section "Meetings".</summary>
public sealed class MeetingBurdenOptions
{
    public const string Section = "Meetings";

    /// <summary>From this many barnteam meetings about a child in six months on, the child page and the convene form warn (0: never).</summary>
    public int BurdenWarningAt { get; set; } = MeetingBurdenRules.DefaultWarnAt;
}
