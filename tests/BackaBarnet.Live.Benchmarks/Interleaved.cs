using System.Diagnostics;

namespace BackaBarnet.Live.Benchmarks;

/// <summary>Concurrent callers that each take several kinds of call in turn, timing each into its own recorder.</summary>
public static class Interleaved
{
    public static Task RunAsync(int callers, int perCaller, params (LatencyRecorder Latency, Func<int, int, Task> Call)[] calls) =>
        Task.WhenAll(Enumerable.Range(0, callers).Select(caller => Task.Run(async () =>
        {
            for (var i = 0; i < perCaller; i++)
            {
                for (var turn = 0; turn < calls.Length; turn++)
                {
                    // Rotate who goes first, so no kind of call always follows the same other one.
                    var (latency, call) = calls[(turn + i + caller) % calls.Length];
                    var begun = Stopwatch.GetTimestamp();
                    await call(caller, i);
                    latency.Record(Stopwatch.GetElapsedTime(begun));
                }
            }
        })));
}
