namespace BackaBarnet.Live.Grains.Tests.Reminders;

public sealed class ReminderProbeState
{
    public DateTimeOffset? LastTick { get; set; }

    public int Ticks { get; set; }
}
