namespace BackaBarnet.Live.Grains.Children;

/// <summary>Configuration section "Escalation".</summary>
public sealed class EscalationOptions
{
    public const string Section = "Escalation";

    /// <summary>Working days (weekends and Swedish holidays not counted) a concern may wait unacknowledged before it is escalated.</summary>
    public int WorkingDays { get; set; } = 1;
}
