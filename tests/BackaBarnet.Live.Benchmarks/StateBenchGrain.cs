using System.Diagnostics;
using BackaBarnet.Live.Grains.Hosting;

namespace BackaBarnet.Live.Benchmarks;

internal sealed class StateBenchGrain(
    [PersistentState(StateBenchGrain.StateName, StorageNames.Records)] IPersistentState<BenchState> state) : Grain, IStateBenchGrain
{
    public const string StateName = "bench";

    public async Task<TimeSpan> WriteAsync(byte[] data)
    {
        state.State.Data = data;
        var started = Stopwatch.GetTimestamp();
        await state.WriteStateAsync();
        return Stopwatch.GetElapsedTime(started);
    }

    public Task<int> GetSizeAsync() => Task.FromResult(state.State.Data.Length);

    public async Task<TimeSpan> RereadAsync()
    {
        var started = Stopwatch.GetTimestamp();
        await state.ReadStateAsync();
        return Stopwatch.GetElapsedTime(started);
    }
}
