using BackaBarnet.Live.GrainInterfaces.Identity;
using BackaBarnet.Live.Grains.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace BackaBarnet.Live.Grains.Identity;

/// <summary>
/// One browser session (<see cref="IBrowserSessionGrain"/>). A reminder clears the stored row of a
/// session nobody ended (the browser was just closed), so abandoned sessions do not pile up.
/// </summary>
internal sealed class BrowserSessionGrain(
    [PersistentState("browserSession", StorageNames.Records)] IPersistentState<BrowserSessionState> state,
    [FromKeyedServices(DomainTime.Key)] TimeProvider time) : Grain, IBrowserSessionGrain, IRemindable
{
    private const string ExpiryReminder = "expiry";

    private bool IsLive => state.State.ProtectedTicket is not null && state.State.Expires > time.GetUtcNow();

    public async Task StartAsync(byte[] protectedTicket, DateTimeOffset expires)
    {
        state.State.ProtectedTicket = protectedTicket;
        state.State.Expires = expires;
        await state.WriteOrDeactivateAsync(this);
        var lifetime = Max(expires - time.GetUtcNow(), MinimumReminderPeriod);
        await this.RegisterOrUpdateReminder(ExpiryReminder, lifetime, lifetime);
    }

    public Task<byte[]?> FindAsync() => Task.FromResult(IsLive ? state.State.ProtectedTicket : null);

    public async Task ExtendAsync(byte[] protectedTicket, DateTimeOffset expires)
    {
        if (!IsLive)
        {
            return;
        }

        state.State.ProtectedTicket = protectedTicket;
        state.State.Expires = expires;
        await state.WriteOrDeactivateAsync(this);
    }

    public async Task EndAsync()
    {
        await ForgetAsync();
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == ExpiryReminder && !IsLive)
        {
            await ForgetAsync();
        }
    }

    private async Task ForgetAsync()
    {
        if (state.RecordExists)
        {
            await state.ClearStateAsync();
        }

        state.State = new BrowserSessionState();
        if (await this.GetReminder(ExpiryReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }

        DeactivateOnIdle();
    }

    private TimeSpan MinimumReminderPeriod => ServiceProvider.GetRequiredService<IOptions<ReminderOptions>>().Value.MinimumReminderPeriod;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
