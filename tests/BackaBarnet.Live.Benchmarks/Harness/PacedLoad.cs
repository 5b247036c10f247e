using System.Diagnostics;
using System.Threading.Channels;

namespace BackaBarnet.Live.Benchmarks.Harness;

/// <summary>
/// Open-loop load at a fixed rate: the n-th operation is due at start + n / rate, whatever the
/// system's speed, and goes to lane n mod lanes. A lane runs its operations one after another (a
/// meeting's edits, as a participant waits for the answer), so a slow answer delays the lane's
/// next operation; how late operations started is reported, so a backlog cannot hide.
/// </summary>
public static class PacedLoad
{
    public sealed record Result(long Issued, double SecondsTaken, long StartedLate, TimeSpan WorstStartDelay)
    {
        public double AchievedPerSecond => Issued / SecondsTaken;
    }

    /// <summary>An operation counts as started late when it began more than this after it was due.</summary>
    public static readonly TimeSpan LateAfter = TimeSpan.FromMilliseconds(10);

    public static async Task<Result> RunAsync(double perSecond, TimeSpan duration, int lanes, Func<int, long, Task> operation)
    {
        var total = (long)Math.Round(perSecond * duration.TotalSeconds);
        var queues = Enumerable.Range(0, lanes).Select(_ => Channel.CreateUnbounded<(long Sequence, long DueAt)>(new() { SingleReader = true })).ToArray();
        long late = 0, worstTicks = 0;
        var begun = Stopwatch.GetTimestamp();
        var workers = queues.Select((queue, lane) => Task.Run(async () =>
        {
            await foreach (var (sequence, dueAt) in queue.Reader.ReadAllAsync())
            {
                var delay = Stopwatch.GetElapsedTime(dueAt);
                if (delay > LateAfter)
                {
                    Interlocked.Increment(ref late);
                }

                Atomic.Max(ref worstTicks, delay.Ticks);
                await operation(lane, sequence);
            }
        })).ToArray();

        var ticksPerOperation = Stopwatch.Frequency / perSecond;
        for (long n = 0; n < total; n++)
        {
            var dueAt = begun + (long)(n * ticksPerOperation);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), dueAt);
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait);
            }

            queues[n % lanes].Writer.TryWrite((n, dueAt));
        }

        foreach (var queue in queues)
        {
            queue.Writer.Complete();
        }

        await Task.WhenAll(workers);
        return new Result(total, Stopwatch.GetElapsedTime(begun).TotalSeconds, late, TimeSpan.FromTicks(worstTicks));
    }
}
