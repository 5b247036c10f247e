using System.Diagnostics;

namespace BackaBarnet.Live.Benchmarks;

/// <summary>Latencies and wall time of one kind of call, gathered over one or more rounds.</summary>
public sealed class Measurement
{
    public LatencyRecorder Latency { get; } = new();

    public TimeSpan Wall { get; private set; }

    /// <summary>Runs <paramref name="callers"/> loops of <paramref name="perCaller"/> calls each, all at once.</summary>
    public async Task AddAsync(int callers, int perCaller, Func<int, int, Task> operation)
    {
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, callers).Select(caller => Task.Run(async () =>
        {
            for (var i = 0; i < perCaller; i++)
            {
                var begun = Stopwatch.GetTimestamp();
                await operation(caller, i);
                Latency.Record(Stopwatch.GetElapsedTime(begun));
            }
        })));
        Wall += Stopwatch.GetElapsedTime(started);
    }
}
