using BackaBarnet.Live.Grains.Hosting;

namespace BackaBarnet.Live.Grains.Tests.Storage;

internal sealed class StorageProbeGrain(
    [PersistentState("probe", StorageNames.Records)] IPersistentState<ProbeState> state) : Grain, IStorageProbeGrain
{
    public async Task WriteAsync(int version, int payloadBytes)
    {
        state.State.Version = version;
        state.State.PayloadLength = payloadBytes;
        state.State.Payload = Enumerable.Repeat((byte)version, payloadBytes).ToArray();
        await state.WriteStateAsync();
    }

    public Task<ProbeReading> ReadAsync()
    {
        var current = state.State;
        var whole = current.Payload.Length == current.PayloadLength && current.Payload.All(b => b == (byte)current.Version);
        return Task.FromResult(new ProbeReading(state.RecordExists, current.Version, whole));
    }

    public Task DeactivateAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
