namespace BackaBarnet.Live.Grains.Tests.Reminders;

/// <summary>A grain with one durable reminder that records when it last fired.</summary>
[Alias("bb.test.IReminderProbeGrain")]
public interface IReminderProbeGrain : IGrainWithStringKey
{
    [Alias("Schedule")]
    Task ScheduleAsync(TimeSpan dueTime, TimeSpan period);

    [Alias("LastTick")]
    Task<DateTimeOffset?> GetLastTickAsync();

    [Alias("Cancel")]
    Task CancelAsync();
}
