using BackaBarnet.Live.Grains.Hosting;

namespace BackaBarnet.Live.Grains.Tests.Reminders;

internal sealed class ReminderProbeGrain(
    [PersistentState("ticks", StorageNames.Records)] IPersistentState<ReminderProbeState> state) : Grain, IReminderProbeGrain, IRemindable
{
    public const string ReminderName = "follow-up";

    public Task ScheduleAsync(TimeSpan dueTime, TimeSpan period) => this.RegisterOrUpdateReminder(ReminderName, dueTime, period);

    public Task<DateTimeOffset?> GetLastTickAsync() => Task.FromResult(state.State.LastTick);

    public async Task CancelAsync()
    {
        if (await this.GetReminder(ReminderName) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        state.State.LastTick = DateTimeOffset.UtcNow;
        state.State.Ticks++;
        await state.WriteStateAsync();
    }
}
