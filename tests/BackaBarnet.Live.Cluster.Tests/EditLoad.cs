using System.Collections.Concurrent;
using System.Diagnostics;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Cluster.Tests;

/// <summary>
/// Participants adding plan actions one after another, as fast as answers come, each with a
/// unique text. Records which edits were acknowledged (applied and persisted) and what
/// errors the clients saw. An edit that failed is not retried: it was never acknowledged.
/// </summary>
public sealed class EditLoad : IAsyncDisposable
{
    private static readonly TimeSpan EditTimeout = TimeSpan.FromSeconds(15);

    private readonly ConcurrentQueue<(string What, long Version, TimeSpan SentAt, TimeSpan At)> acknowledged = new();
    private readonly ConcurrentQueue<string> errors = new();
    private readonly CancellationTokenSource stop = new();
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly Task[] loops;

    public EditLoad(Guid childId, params MeetingClient[] participants) =>
        loops = participants.Select(p => Task.Run(() => EditAsync(p, childId))).ToArray();

    public int Acknowledged => acknowledged.Count;

    public IReadOnlyList<string> Errors => errors.ToArray();

    public IReadOnlyList<string> AcknowledgedTexts => acknowledged.Select(a => a.What).ToArray();

    public TimeSpan Now => clock.Elapsed;

    /// <summary>The first acknowledged edit that was sent after <paramref name="moment"/> (on this load's clock), if any.</summary>
    public (string What, long Version, TimeSpan SentAt, TimeSpan At)? FirstSentAfter(TimeSpan moment) =>
        acknowledged.Where(a => a.SentAt > moment).OrderBy(a => a.At).Cast<(string, long, TimeSpan, TimeSpan)?>().FirstOrDefault();

    /// <summary>Edits sent after <paramref name="moment"/> and acknowledged.</summary>
    public int AcknowledgedSentAfter(TimeSpan moment) => acknowledged.Count(a => a.SentAt > moment);

    /// <summary>Edits sent between the two moments and acknowledged.</summary>
    public int AcknowledgedSentBetween(TimeSpan from, TimeSpan to) => acknowledged.Count(a => a.SentAt > from && a.SentAt < to);

    public async Task WaitForAsync(Func<bool> condition, TimeSpan timeout, string what)
    {
        try
        {
            await Eventually.HoldsAsync(condition, timeout, what);
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message} Acknowledged {Acknowledged}, errors: {string.Join(" | ", Errors.TakeLast(5))}", e);
        }
    }

    public async Task StopAsync()
    {
        await stop.CancelAsync();
        await Task.WhenAll(loops);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        stop.Dispose();
    }

    private async Task EditAsync(MeetingClient participant, Guid childId)
    {
        for (var n = 1; !stop.IsCancellationRequested; n++)
        {
            var what = $"{participant.Name} insats {n}";
            var sentAt = clock.Elapsed;
            try
            {
                var outcome = await participant.SaveNewActionAsync(childId, what).WaitAsync(EditTimeout);
                if (outcome.Applied)
                {
                    acknowledged.Enqueue((what, outcome.SessionVersion, sentAt, clock.Elapsed));
                }
                else
                {
                    errors.Enqueue($"{what}: refused: {outcome.RefusedBecause}");
                }
            }
            catch (Exception e)
            {
                errors.Enqueue($"{what}: {e.GetType().Name}: {e.Message}");
                // As a person would: a moment before the next try.
                await Task.Delay(200);
            }
        }
    }
}
